#pragma once

#include "models/safetycheckmodel.h"
#include "models/servicefilters.h"
#include "models/servicelistmodel.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace cg {

class SettingsController;

// The Get help tab's screens: the list of services (with its filters), one service's own page,
// the safety route and the "is it conflict or something more?" check. QML shows the view for
// `screen`; everything it can do goes through here.
class HelpController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the app at start-up")
    Q_PROPERTY(Screen screen READ screen NOTIFY screenChanged)
    Q_PROPERTY(cg::ServiceFilters *filters READ filters CONSTANT)
    Q_PROPERTY(cg::ServiceListModel *service READ service CONSTANT)
    Q_PROPERTY(cg::SafetyCheckModel *check READ check CONSTANT)
    Q_PROPERTY(bool filtersShown READ filtersShown WRITE setFiltersShown NOTIFY filtersShownChanged)

public:
    enum Screen { List, Service, Safety, Check };
    Q_ENUM(Screen)

    struct Sources {
        QList<cg::Service> national;
        QHash<QString, QList<cg::Service>> byAreaCode;
        QList<std::pair<QString, QString>> topicLabels;  // service topic → words on its filter chip
    };

    // `list` is Get help's list; this filters it. The settings remember that the safety route
    // was reached.
    HelpController(ServiceListModel &list, const Sources &sources, SettingsController &settings,
                   PlatformServices &platform, QObject *parent = nullptr);

    Screen screen() const { return m_screen; }
    ServiceFilters *filters() { return &m_filters; }
    ServiceListModel *service() { return &m_service; }
    SafetyCheckModel *check() { return &m_check; }
    // Whether the list's filter panel is open.
    bool filtersShown() const { return m_filtersShown; }
    void setFiltersShown(bool shown);

    Q_INVOKABLE void showList();
    // One service's page. False, staying where it was, for an id no list has.
    Q_INVOKABLE bool openService(const QString &serviceId);
    // The safety route. From now on couple exercises are not suggested.
    Q_INVOKABLE void showSafety();
    // The check starts empty every time.
    Q_INVOKABLE void showCheck();
    // The list showing only services for one topic (from a guide, or the safety screen).
    Q_INVOKABLE void showTopic(const QString &topic);

    // "" (the list), "filters" (the list with its filter panel open), "service/<id>", "safety",
    // "check". False for anything else.
    bool openRoute(const QString &route);
    // The routes for --render and the self-test, with one page for every service of the area.
    QStringList routes() const;
    // After a quick exit: back to the list, with the check's answers gone.
    void forget();

signals:
    void screenChanged();
    void filtersShownChanged();
    // For anonymous statistics: a service's page was opened (its categories and tier only), and
    // the safety route was shown.
    void serviceViewed(const QStringList &topics, const QString &tier);
    // Reached out from a service's own page (the list's cards tell their own model's contacted()).
    void serviceContacted(const QStringList &topics, const QString &tier);
    void safetyShown();

private:
    void setScreen(Screen screen);

    ServiceListModel &m_list;
    SettingsController &m_settings;
    ServiceFilters m_filters;
    ServiceListModel m_service;
    SafetyCheckModel m_check;
    Screen m_screen = List;
    bool m_filtersShown = false;
};

} // namespace cg
