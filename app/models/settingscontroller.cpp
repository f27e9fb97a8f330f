#include "models/settingscontroller.h"

#include "core/agencytypes.h"

namespace cg {

namespace {
// Used when the parent has not chosen an area: a calm teal with 5.6:1 contrast against white.
const QString kDefaultBrandColour = QStringLiteral("#2B6A6E");
} // namespace

SettingsController::SettingsController(SettingsStore &store, QList<Area> areas, AppSettings saved, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_areas(std::move(areas))
    , m_settings(std::move(saved))
{
    // An area pack may have been withdrawn since the parent chose it.
    if (!m_settings.areaCode.isEmpty() && !currentArea())
        m_settings.areaCode.clear();
}

const Area *SettingsController::currentArea() const
{
    return findArea(m_areas, m_settings.areaCode);
}

QString SettingsController::areaStatsUrl() const
{
    const Area *area = currentArea();
    return area ? area->statsUrl : QString();
}

QString SettingsController::areaName() const
{
    const Area *area = currentArea();
    return area ? area->name : QString();
}

QString SettingsController::areaWelcome() const
{
    const Area *area = currentArea();
    return area ? area->welcome : QString();
}

QString SettingsController::brandColour() const
{
    const Area *area = currentArea();
    return area && !area->brandColour.isEmpty() ? area->brandColour : kDefaultBrandColour;
}

bool SettingsController::chooseArea(const QString &code)
{
    if (!code.isEmpty() && !findArea(m_areas, code))
        return false;
    AppSettings next = m_settings;
    next.areaCode = code;
    return apply(next);
}

bool SettingsController::chooseFamilySituation(const QString &key)
{
    const auto situation = familySituationFromKey(key);
    if (!situation)
        return false;
    AppSettings next = m_settings;
    next.familySituation = *situation;
    return apply(next);
}

bool SettingsController::setStatisticsConsent(bool consent)
{
    AppSettings next = m_settings;
    next.statisticsConsent = consent;
    return apply(next);
}

bool SettingsController::completeOnboarding()
{
    AppSettings next = m_settings;
    next.onboardingComplete = true;
    return apply(next);
}

bool SettingsController::markSafetyRouteSeen()
{
    if (m_settings.safetyRouteSeen)
        return true;
    AppSettings next = m_settings;
    next.safetyRouteSeen = true;
    return apply(next);
}

bool SettingsController::keepRecommendation(const QString &code, const QString &areaCode)
{
    if (code.isEmpty() || !findArea(m_areas, areaCode))
        return false;
    AppSettings next = m_settings;
    next.recommendationCode = code;
    next.areaCode = areaCode;
    return apply(next);
}

bool SettingsController::forgetRecommendation()
{
    AppSettings next = m_settings;
    next.recommendationCode.clear();
    return apply(next);
}

bool SettingsController::choosePractitionerAgency(const QString &key)
{
    if (!agencyTypes().contains(key))
        return false;
    AppSettings next = m_settings;
    next.practitionerAgency = key;
    return apply(next);
}

bool SettingsController::saveCheckInSchedule(const CheckInSchedule &schedule)
{
    AppSettings next = m_settings;
    next.checkIns = schedule;
    return apply(next);
}

QString SettingsController::nameOfArea(const QString &code) const
{
    const Area *area = findArea(m_areas, code);
    return area ? area->name : QString();
}

bool SettingsController::apply(const AppSettings &next)
{
    if (next == m_settings)
        return true;
    const bool saved = m_store.save(next);
    const QString error = saved ? QString() : m_store.lastError();
    if (saved) {
        m_settings = next;
        emit changed();
    }
    if (error != m_saveError) {
        m_saveError = error;
        emit saveErrorChanged();
    }
    return saved;
}

} // namespace cg
