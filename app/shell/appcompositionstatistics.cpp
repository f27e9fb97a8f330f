#include "shell/appcomposition.h"

#include "content/metricregistryfile.h"

#include <QEventLoop>
#include <QGuiApplication>

// Anonymous usage statistics: what is counted, from where, and when weeks are filed as reports.
// Every count goes through the one StatisticsRecorder, which keeps nothing without consent and
// nothing content/metrics.json does not list.

namespace cg {

void AppComposition::createStatistics(const AppOptions &options, const QString &contentDir,
                                      const QStringList &moduleIds, const QStringList &serviceTopics)
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

    // Nothing is kept while statistics are off: this also covers --consent no, and an app stopped
    // between saving the choice and deleting.
    if (!settings->statisticsConsent())
        statistics->forgetAll();
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
    countGuides(*statistics);
    countHelp(*statistics);

    // Weeks that ended since the app last ran become reports, waiting in the outbox.
    if (!m_reporter->fileFinishedWeeks(QDate::currentDate(), settings->areaCode(), QStringLiteral(CG_REPORT_VERSION)))
        qWarning("statistics: weekly reports wait for next time: %s", qPrintable(m_reporter->error()));
    createUploader(options);

    // "What we have sent" is read afresh whenever it opens, and as the choice changes.
    m_privacy = std::make_unique<PrivacyController>(m_metrics, *m_statisticsStore);
    PrivacyController *privacy = m_privacy.get();
    const auto refreshPrivacy = [privacy, settings, more = m_more.get()] {
        if (more->screen() == MoreController::SentReports)
            privacy->refresh(settings->statisticsConsent());
    };
    QObject::connect(m_more.get(), &MoreController::screenChanged, privacy, refreshPrivacy);
    QObject::connect(settings, &SettingsController::changed, privacy, refreshPrivacy);
    QObject::connect(m_uploader.get(), &ReportUploader::finished, privacy, refreshPrivacy);
}

void AppComposition::countGuides(StatisticsRecorder &statistics)
{
    ReaderController *reader = m_reader.get();
    const auto forModule = [](const QString &moduleId) {
        return QHash<QString, QString>{{QStringLiteral("module"), moduleId}};
    };
    QObject::connect(reader, &ReaderController::moduleStarted, reader, [&statistics, forModule](const QString &id) {
        statistics.count(QStringLiteral("module.started"), forModule(id));
    });
    QObject::connect(reader, &ReaderController::sectionReached, reader,
                     [&statistics, forModule](const QString &id, int sectionNumber) {
        QHash<QString, QString> labels = forModule(id);
        labels.insert(QStringLiteral("section"), QString::number(sectionNumber));
        statistics.count(QStringLiteral("module.section_reached"), labels);
    });
    QObject::connect(reader, &ReaderController::moduleCompleted, reader, [&statistics, forModule](const QString &id) {
        statistics.count(QStringLiteral("module.completed"), forModule(id));
    });
    QObject::connect(reader, &ReaderController::helpfulAnswered, reader,
                     [&statistics, forModule](const QString &id, bool helpful) {
        QHash<QString, QString> labels = forModule(id);
        labels.insert(QStringLiteral("answer"), helpful ? QStringLiteral("yes") : QStringLiteral("no"));
        statistics.count(QStringLiteral("module.helpful"), labels);
    });
}

void AppComposition::countHelp(StatisticsRecorder &statistics)
{
    // A service counts once for each of its categories, with its tier; never which service.
    const auto countService = [&statistics](const QString &metric) {
        return [&statistics, metric](const QStringList &topics, const QString &tier) {
            for (const QString &topic : topics)
                statistics.count(metric, {{QStringLiteral("category"), topic}, {QStringLiteral("tier"), tier}});
        };
    };
    QObject::connect(m_help.get(), &HelpController::serviceViewed, m_help.get(),
                     countService(QStringLiteral("service.viewed")));
    QObject::connect(m_help.get(), &HelpController::serviceContacted, m_help.get(),
                     countService(QStringLiteral("service.contacted")));
    for (ServiceListModel *list : {m_services.get(), m_moduleServices.get(), m_safetyServices.get()})
        QObject::connect(list, &ServiceListModel::contacted, list, countService(QStringLiteral("service.contacted")));
    // The safety route, from wherever it is reached: Get help's Safety, the end of the guide
    // about abuse, a journal entry or check-in answer that opens it.
    const auto safetyShown = [&statistics] { statistics.count(QStringLiteral("safety.route_shown")); };
    QObject::connect(m_help.get(), &HelpController::safetyShown, m_help.get(), safetyShown);
    QObject::connect(m_reader.get(), &ReaderController::safetyEndingReached, m_help.get(), safetyShown);
    QObject::connect(m_journal.get(), &JournalController::safetyRouteReached, m_help.get(), safetyShown);
    QObject::connect(m_checkIn.get(), &CheckInController::safetyAnswerGiven, m_help.get(), safetyShown);
    QObject::connect(m_safetyServices.get(), &ServiceListModel::contacted, m_help.get(),
                     [&statistics] { statistics.count(QStringLiteral("safety.helpline_tapped")); });
}

void AppComposition::createUploader(const AppOptions &options)
{
    SettingsController *settings = m_settings.get();
    m_network = std::make_unique<QNetworkAccessManager>();
    // No network traffic at all before consent: the uploader asks before every request, and
    // Qt's own proxy lookup or connection warm-up never starts because no request is made.
    m_uploader = std::make_unique<ReportUploader>(
        *m_statisticsStore, *m_network, [settings] { return settings->statisticsConsent(); },
        [] { return QDate::currentDate(); }, options.uploadNow ? UploadDelays::none() : UploadDelays::randomised());
    ReportUploader *uploader = m_uploader.get();
    const QString overridden = options.statsUrl;
    const auto followAddress = [settings, uploader, overridden] {
        uploader->setStatsUrl(QUrl(overridden.isEmpty() ? settings->areaStatsUrl() : overridden));
    };
    followAddress();
    // Screenshots, self-tests and exports never send; --upload-now sends when asked.
    if (options.headless())
        return;
    QObject::connect(settings, &SettingsController::changed, uploader, [settings, uploader, followAddress] {
        followAddress();
        if (!settings->statisticsConsent())
            uploader->stop();
        else if (!uploader->isRunning())
            uploader->start();
    });
    uploader->start();
}

bool AppComposition::uploadReportsNow(QString *summary)
{
    if (!m_settings->statisticsConsent()) {
        *summary = QStringLiteral("statistics are off (the parent has not said yes), so nothing was sent");
        return true;
    }
    if (!m_reporter->fileFinishedWeeks(QDate::currentDate(), m_settings->areaCode(), QStringLiteral(CG_REPORT_VERSION),
                                       true)) {
        *summary = QStringLiteral("the weekly reports could not be made: %1").arg(m_reporter->error());
        return false;
    }
    const std::optional<QList<PendingReport>> waiting = m_statisticsStore->pendingReports();
    if (!waiting) {
        *summary = QStringLiteral("the reports waiting could not be read: %1").arg(m_statisticsStore->lastError());
        return false;
    }
    if (waiting->isEmpty()) {
        *summary = QStringLiteral("no reports were waiting; nothing was sent");
        return true;
    }
    if (m_uploader->statsUrl().isEmpty()) {
        *summary = QStringLiteral("%1 report(s) wait, but there is no statistics address: give --stats-url, or "
                                  "choose an area whose pack has stats_url").arg(waiting->size());
        return false;
    }
    QEventLoop loop;
    QObject::connect(m_uploader.get(), &ReportUploader::finished, &loop, &QEventLoop::quit);
    m_uploader->start(ReportUploader::Mode::OneAttemptEach);
    loop.exec();
    const ReportUploader::Tally &tally = m_uploader->tally();
    *summary = QStringLiteral("%1 report(s) accepted, %2 refused for good, %3 still waiting")
                   .arg(tally.delivered).arg(tally.refused).arg(tally.failed);
    if (!tally.lastProblem.isEmpty())
        *summary += QStringLiteral(" (last problem: %1)").arg(tally.lastProblem);
    return tally.failed == 0;
}

} // namespace cg
