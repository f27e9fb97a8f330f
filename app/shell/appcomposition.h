#pragma once

#include "core/platformservices.h"
#include "core/privatedatalock.h"
#include "models/appcontroller.h"
#include "models/modulelibrary.h"
#include "shell/qttextspeaker.h"
#include "shell/appoptions.h"
#include "crypto/journalbackup.h"
#include "crypto/privatevault.h"
#include "storage/database.h"
#include "storage/sqlitecheckinstore.h"
#include "core/statisticsrecorder.h"
#include "core/weeklyreporter.h"
#include "storage/sqlitejournalstore.h"
#include "storage/sqlitestatisticsstore.h"
#include "stats/reportuploader.h"
#include "storage/sqlitemoduleprogressstore.h"
#include "storage/sqlitesearchindex.h"
#include "storage/sqlitesettingsstore.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>

namespace cg {

// The phone app's composition root: every service is built here, once, and handed to the objects
// that need it. Nothing else in the app creates services or reaches for globals.
class AppComposition
{
public:
    // Opens the data folder and content packs named in `options`. Returns nullptr and sets
    // `error` when the data folder cannot be used; nothing is written in that case. `speaker`
    // reads guides aloud; by default the phone's own voice (tests pass one that records).
    static std::unique_ptr<AppComposition> create(const AppOptions &options, QString *error,
                                                  std::unique_ptr<TextSpeaker> speaker = nullptr);
    ~AppComposition();

    AppController &controller() { return *m_controller; }
    PrivateDataLock &privateDataLock() { return m_lock; }
    QString dataDir() const { return m_dataDir; }
    // --export-journal: every entry as CSV into `path`, through the same code as the Export
    // screen. With a PIN set, `pin` opens the journal first.
    bool exportJournalCsv(const QString &path, const QString &pin, QString *error);
    bool journalNeedsPin() const { return m_vault->hasPin(); }
    // --upload-now: files this week's counts too and tries each waiting report once. True when
    // every one was accepted or refused for good; `summary` says what happened, in a line.
    bool uploadReportsNow(QString *summary);

private:
    AppComposition() = default;
    // Parts of create(), each wiring one area of the app.
    void createHome(const QList<Module> &moduleList);
    // What the More tab's code and practitioner screens are built from.
    struct MoreTabContent {
        QList<Area> areas;
        QList<Module> nationalModules;
        QHash<QString, QList<Module>> localModules;  // by area code
        QList<Service> nationalServices;
        QHash<QString, QList<Service>> localServices;  // by area code
        QStringList serviceTopics;
    };
    void createMoreTab(const QString &contentDir, const MoreTabContent &content);
    void followModuleLibrary();
    void connectQuickExit();
    bool createJournal(const AppOptions &options, QString *error);
    bool createCheckIns(const QString &contentDir, bool demoData, QString *error);
    // Anonymous statistics: the registry, counting (only with consent) and the weekly reports.
    void createStatistics(const AppOptions &options, const QString &contentDir, const QStringList &moduleIds,
                          const QStringList &serviceTopics);
    void createUploader(const AppOptions &options);
    // What guides and Get help count, through `statistics` (which checks consent and registry).
    void countGuides(StatisticsRecorder &statistics);
    void countHelp(StatisticsRecorder &statistics);
    void openVault();
    void openPrivateDataIfNoPin();
    void followPrivateDataLock();

    std::unique_ptr<QTemporaryDir> m_scratchDir;
    QString m_dataDir;
    Database m_database;
    std::unique_ptr<SqliteSettingsStore> m_settingsStore;
    std::unique_ptr<PlatformServices> m_platform;
    PrivateDataLock m_lock;
    std::unique_ptr<SettingsController> m_settings;
    std::unique_ptr<AreaListModel> m_areas;
    std::unique_ptr<FamilySituationModel> m_situations;
    std::unique_ptr<OnboardingController> m_onboarding;
    std::unique_ptr<NavigationController> m_navigation;
    std::unique_ptr<QuickExitController> m_quickExit;
    std::unique_ptr<ModuleLibrary> m_library;
    std::unique_ptr<SqliteModuleProgressStore> m_progressStore;
    std::unique_ptr<ModuleListModel> m_modules;
    std::unique_ptr<ReaderController> m_reader;
    std::unique_ptr<TextSpeaker> m_speaker;
    std::unique_ptr<ReadAloudController> m_readAloud;
    SqliteSearchIndex m_searchIndex;
    std::unique_ptr<SearchResultsModel> m_search;
    std::unique_ptr<SuggestionListModel> m_suggestions;
    std::unique_ptr<CommitmentListModel> m_commitments;
    std::unique_ptr<DeviceKeyStore> m_keyStore;
    std::unique_ptr<PrivateVault> m_vault;
    std::unique_ptr<SqliteJournalStore> m_journalStore;
    std::unique_ptr<JournalController> m_journal;
    std::unique_ptr<SqliteCheckInStore> m_checkInStore;
    std::unique_ptr<CheckInController> m_checkIn;
    MetricRegistry m_metrics;
    std::unique_ptr<SqliteStatisticsStore> m_statisticsStore;
    std::unique_ptr<StatisticsRecorder> m_statistics;
    std::unique_ptr<WeeklyReporter> m_reporter;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ReportUploader> m_uploader;
    std::unique_ptr<PrivacyController> m_privacy;
    SealedJournalBackupCodec m_backupCodec;
    std::unique_ptr<JournalExport> m_journalExport;
    std::unique_ptr<ServiceListModel> m_services;
    std::unique_ptr<ServiceListModel> m_safetyServices;
    std::unique_ptr<HelpController> m_help;
    std::unique_ptr<ServiceListModel> m_moduleServices;
    std::unique_ptr<RecommendationListModel> m_recommendations;
    std::unique_ptr<RedeemController> m_redeem;
    std::unique_ptr<AgencyListModel> m_agencies;
    std::unique_ptr<GuideController> m_guide;
    std::unique_ptr<RecommendationBuilder> m_builder;
    std::unique_ptr<MoreController> m_more;
    std::unique_ptr<QObject> m_activityFilter;
    std::unique_ptr<AppController> m_controller;
};

} // namespace cg
