#include "shell/appcomposition.h"

#include "content/metricregistryfile.h"

#include <QGuiApplication>

// Anonymous usage statistics: what is counted, from where, and when weeks are filed as reports.
// Every count goes through the one StatisticsRecorder, which keeps nothing without consent and
// nothing content/metrics.json does not list.

namespace cg {

void AppComposition::createStatistics(const QString &contentDir, const QStringList &moduleIds,
                                      const QStringList &serviceTopics)
{
    const MetricRegistryResult registry =
        readMetricRegistry(contentDir, metricLists(moduleIds, serviceTopics, m_checkIn->definition()));
    for (const ValidationIssue &issue : registry.issues)
        qWarning("content: %s", qPrintable(issue.toString()));
    // A registry that cannot be read allows nothing, so nothing is ever counted.
    m_metrics = registry.registry.value_or(MetricRegistry{});
    m_statisticsStore = std::make_unique<SqliteStatisticsStore>(m_database.connection());
    SettingsController *settings = m_settings.get();
    m_statistics = std::make_unique<StatisticsRecorder>(
        m_metrics, *m_statisticsStore, [settings] { return settings->statisticsConsent(); },
        [] { return QDate::currentDate(); });
    m_reporter = std::make_unique<WeeklyReporter>(m_metrics, *m_statisticsStore, randomReportId);
    StatisticsRecorder *statistics = m_statistics.get();

    // Switching statistics off deletes every count and report not yet sent; switching them on
    // counts this week's use, as the parent is using the app right now.
    QObject::connect(settings, &SettingsController::changed, settings,
                     [settings, statistics, wasOn = settings->statisticsConsent()]() mutable {
        if (wasOn && !settings->statisticsConsent())
            statistics->forgetAll();
        if (!wasOn && settings->statisticsConsent())
            statistics->count(QStringLiteral("app.active"));
        wasOn = settings->statisticsConsent();
    });
    // Used this week: counted at start and whenever the app comes back to the front (the
    // registry's weekly most of 1 keeps it to one).
    statistics->count(QStringLiteral("app.active"));
    QObject::connect(qGuiApp, &QGuiApplication::applicationStateChanged, settings,
                     [statistics](Qt::ApplicationState state) {
        if (state == Qt::ApplicationActive)
            statistics->count(QStringLiteral("app.active"));
    });
    QObject::connect(m_redeem.get(), &RedeemController::redeemed, settings, [statistics](const QString &agency) {
        statistics->count(QStringLiteral("practitioner.code_redeemed"), {{QStringLiteral("agency"), agency}});
    });
    QObject::connect(m_checkIn.get(), &CheckInController::stageDone, settings, [statistics](const QString &stage) {
        statistics->count(QStringLiteral("checkin.done"), {{QStringLiteral("stage"), stage}});
    });
    QObject::connect(m_checkIn.get(), &CheckInController::bandedChangesReady, settings,
                     [statistics](const QList<BandedChange> &changes) {
        for (const BandedChange &change : changes)
            statistics->count(QStringLiteral("checkin.change"), {{QStringLiteral("stage"), change.stage},
                                                                 {QStringLiteral("measure"), change.measure},
                                                                 {QStringLiteral("band"), bandKey(change.band)}});
    });
    QObject::connect(m_journal.get(), &JournalController::entrySaved, settings,
                     [statistics] { statistics->count(QStringLiteral("journal.used")); });

    // Weeks that ended since the app last ran become reports, waiting in the outbox.
    if (!m_reporter->fileFinishedWeeks(QDate::currentDate(), settings->areaCode(), QStringLiteral(CG_REPORT_VERSION)))
        qWarning("statistics: weekly reports wait for next time: %s", qPrintable(m_reporter->error()));
}

} // namespace cg
