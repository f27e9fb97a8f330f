#include "models/helpcontroller.h"

#include "models/settingscontroller.h"

namespace cg {

HelpController::HelpController(ServiceListModel &list, const Sources &sources, SettingsController &settings,
                               PlatformServices &platform, QObject *parent)
    : QObject(parent)
    , m_list(list)
    , m_settings(settings)
    , m_filters(sources.topicLabels)
    , m_service(sources.national, sources.byAreaCode, settings, platform)
{
    connect(&m_filters, &ServiceFilters::changed, this, [this] { m_list.setFilter(m_filters.filter()); });
    connect(&m_service, &ServiceListModel::contacted, this, &HelpController::serviceContacted);
    // Only languages some service of this area speaks are offered; another area brings others.
    const auto offerLanguages = [this] { m_filters.setLanguages(languagesOf(m_list.unfiltered())); };
    offerLanguages();
    connect(&m_settings, &SettingsController::changed, this, offerLanguages);
}

void HelpController::setScreen(Screen screen)
{
    // The check's answers are never kept once the parent moves on from it.
    if (m_screen == Check && screen != Check)
        m_check.reset();
    if (screen == m_screen)
        return;
    m_screen = screen;
    emit screenChanged();
}

void HelpController::showList()
{
    setScreen(List);
}

bool HelpController::openService(const QString &serviceId)
{
    if (!m_service.showOnly(serviceId))
        return false;
    setScreen(Service);
    const cg::Service *shown = m_service.serviceAt(0);
    emit serviceViewed(shown->topics, shown->tier);
    return true;
}

void HelpController::showSafety()
{
    m_settings.markSafetyRouteSeen();
    setScreen(Safety);
    emit safetyShown();
}

void HelpController::showCheck()
{
    m_check.reset();
    setScreen(Check);
}

void HelpController::showTopic(const QString &topic)
{
    m_filters.showOnlyTopic(topic);
    setScreen(List);
}

void HelpController::setFiltersShown(bool shown)
{
    if (shown == m_filtersShown)
        return;
    m_filtersShown = shown;
    emit filtersShownChanged();
}

bool HelpController::openRoute(const QString &route)
{
    if (route.isEmpty() || route == QLatin1String("filters")) {
        showList();
        setFiltersShown(!route.isEmpty());
        return true;
    }
    if (route == QLatin1String("safety")) {
        showSafety();
        return true;
    }
    if (route == QLatin1String("check")) {
        showCheck();
        return true;
    }
    const QLatin1String servicePrefix("service/");
    return route.startsWith(servicePrefix) && openService(route.mid(servicePrefix.size()));
}

QStringList HelpController::routes() const
{
    QStringList all{QStringLiteral("help/filters"), QStringLiteral("help/safety"), QStringLiteral("help/check")};
    for (const cg::Service &service : m_list.unfiltered())
        all << QStringLiteral("help/service/") + service.id;
    return all;
}

void HelpController::forget()
{
    m_check.reset();
    setFiltersShown(false);
    setScreen(List);
}

} // namespace cg
