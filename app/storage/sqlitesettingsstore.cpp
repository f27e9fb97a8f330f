#include "storage/sqlitesettingsstore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cg {
namespace {

const QString kOnboarding = QStringLiteral("onboarding_complete");
const QString kArea = QStringLiteral("area_code");
const QString kSituation = QStringLiteral("family_situation");
const QString kStatistics = QStringLiteral("statistics_consent");
const QString kSafetyRouteSeen = QStringLiteral("safety_route_seen");
const QString kRecommendation = QStringLiteral("recommendation_code");
const QString kPractitionerAgency = QStringLiteral("practitioner_agency");
const QString kCheckInStartedOn = QStringLiteral("checkin_started_on");
const QString kCheckInStagesDone = QStringLiteral("checkin_stages_done");
const QString kCheckInSnoozedUntil = QStringLiteral("checkin_snoozed_until");
const QString kCheckInReminders = QStringLiteral("checkin_reminders");

} // namespace

SqliteSettingsStore::SqliteSettingsStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<AppSettings> SqliteSettingsStore::load() const
{
    AppSettings settings;
    QSqlQuery query(m_db);
    // Failing loudly matters: quietly returning defaults would show first run again, and the next
    // save would overwrite the parent's real choices.
    if (!query.exec(QStringLiteral("SELECT key, value FROM settings"))) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    while (query.next()) {
        const QString key = query.value(0).toString();
        const QString value = query.value(1).toString();
        if (key == kOnboarding)
            settings.onboardingComplete = value == QLatin1String("1");
        else if (key == kArea)
            settings.areaCode = value;
        else if (key == kSituation)
            settings.familySituation = familySituationFromKey(value).value_or(FamilySituation::PreferNotToSay);
        else if (key == kStatistics)
            // Anything but an explicit "1" reads as no: consent is never assumed.
            settings.statisticsConsent = value == QLatin1String("1");
        else if (key == kSafetyRouteSeen)
            settings.safetyRouteSeen = value == QLatin1String("1");
        else if (key == kRecommendation)
            settings.recommendationCode = value;
        else if (key == kPractitionerAgency)
            settings.practitionerAgency = value;
        else if (key == kCheckInStartedOn)
            settings.checkIns.startedOn = QDate::fromString(value, Qt::ISODate);
        else if (key == kCheckInStagesDone)
            settings.checkIns.stagesDone = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        else if (key == kCheckInSnoozedUntil)
            settings.checkIns.snoozedUntil = QDate::fromString(value, Qt::ISODate);
        else if (key == kCheckInReminders)
            settings.checkIns.remindersOn = value != QLatin1String("0");
    }
    return settings;
}

bool SqliteSettingsStore::save(const AppSettings &settings)
{
    const QList<std::pair<QString, QString>> rows = {
        {kOnboarding, settings.onboardingComplete ? QStringLiteral("1") : QStringLiteral("0")},
        {kArea, settings.areaCode},
        {kSituation, familySituationKey(settings.familySituation)},
        {kStatistics, settings.statisticsConsent ? QStringLiteral("1") : QStringLiteral("0")},
        {kSafetyRouteSeen, settings.safetyRouteSeen ? QStringLiteral("1") : QStringLiteral("0")},
        {kRecommendation, settings.recommendationCode},
        {kPractitionerAgency, settings.practitionerAgency},
        {kCheckInStartedOn, settings.checkIns.startedOn.toString(Qt::ISODate)},
        {kCheckInStagesDone, settings.checkIns.stagesDone.join(QLatin1Char(','))},
        {kCheckInSnoozedUntil, settings.checkIns.snoozedUntil.toString(Qt::ISODate)},
        {kCheckInReminders, settings.checkIns.remindersOn ? QStringLiteral("1") : QStringLiteral("0")},
    };
    if (!m_db.transaction()) {
        m_error = m_db.lastError().text();
        return false;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    for (const auto &[key, value] : rows) {
        query.addBindValue(key);
        // A null QString binds as SQL NULL, which the column refuses: "no area chosen" is
        // stored as an empty string.
        query.addBindValue(value.isNull() ? QStringLiteral("") : value);
        if (!query.exec()) {
            m_error = query.lastError().text();
            query.finish();
            m_db.rollback();
            return false;
        }
    }
    query.finish();
    if (!m_db.commit()) {
        m_error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    m_error.clear();
    return true;
}

} // namespace cg
