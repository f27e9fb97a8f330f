#include "shell/appcomposition.h"

#include "content/areamodules.h"
#include "content/checkinfile.h"
#include "core/modulecatalogue.h"
#include "content/arealoader.h"
#include "content/moduleloader.h"
#include "content/searchentries.h"
#include "content/searchwordsfile.h"
#include "content/serviceloader.h"
#include "platformfactory.h"
#include "shell/activityfilter.h"
#include "shell/democheckins.h"
#include "shell/demodata.h"
#include "shell/demojournal.h"
#include "shell/pdfmaker.h"
#include "storage/appschema.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <QGuiApplication>
#include <QInputMethod>
#include <QStandardPaths>

namespace cg {
namespace {

// Area packs name themselves by folder; settings remember the area by its code.
QHash<QString, QList<Module>> areaModulesByCode(const QList<Area> &areas, const AreaModulesResult &loaded)
{
    QHash<QString, QList<Module>> byCode;
    for (const AreaModules &pack : loaded.areas) {
        const auto area = std::find_if(areas.cbegin(), areas.cend(),
                                       [&pack](const Area &candidate) { return candidate.slug == pack.slug; });
        if (area != areas.cend() && !pack.modules.isEmpty())
            byCode.insert(area->code, pack.modules);
    }
    return byCode;
}

// Each area's own services, by area code (settings remember the area by its code).
QHash<QString, QList<Service>> areaServicesByCode(const QList<Area> &areas, const ServiceLoadResult &loaded)
{
    QHash<QString, QList<Service>> byCode;
    for (const Area &area : areas) {
        if (loaded.byAreaSlug.contains(area.slug))
            byCode.insert(area.code, loaded.byAreaSlug.value(area.slug));
    }
    return byCode;
}

// Each area's own search words, by area code; a bad word is left out and named in the log.
QHash<QString, SearchWords> localSearchWordsByCode(const QString &contentDir, const QList<Area> &areas)
{
    QHash<QString, SearchWords> byCode;
    for (const Area &area : areas) {
        const SearchWordsResult local = readAreaSearchWords(contentDir, area.slug);
        for (const ValidationIssue &issue : local.issues)
            qWarning("content: %s", qPrintable(issue.toString()));
        if (!local.words.isEmpty())
            byCode.insert(area.code, local.words);
    }
    return byCode;
}

} // namespace

std::unique_ptr<AppComposition> AppComposition::create(const AppOptions &options, QString *error,
                                                       std::unique_ptr<TextSpeaker> speaker)
{
    std::unique_ptr<AppComposition> app(new AppComposition);
    if (options.needsScratchDataDir()) {
        app->m_scratchDir = std::make_unique<QTemporaryDir>();
        app->m_dataDir = app->m_scratchDir->path();
    } else {
        app->m_dataDir = options.dataDir.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            : options.dataDir;
    }
    if (!QDir().mkpath(app->m_dataDir)) {
        *error = QStringLiteral("cannot create the data folder %1").arg(app->m_dataDir);
        return nullptr;
    }
    if (!app->m_database.open(QDir(app->m_dataDir).filePath(QStringLiteral("commonground.sqlite")), appMigrations())) {
        *error = app->m_database.error();
        return nullptr;
    }

    const QString contentDir = options.contentDir.isEmpty() ? QStringLiteral(":/content") : options.contentDir;
    AreaLoadResult areas = loadAreas(contentDir);
    // An example area is for showing the app, never for a parent to pick by mistake.
    if (!options.demoData)
        areas.areas.removeIf([](const Area &area) { return area.demo; });
    ModuleLoadResult modules = loadModules(contentDir);
    const AreaModulesResult areaModules = loadAreaModules(contentDir, modules.modules);
    SearchWordsResult searchWords = readSearchWords(contentDir);
    const ServiceLoadResult services = loadServices(contentDir, areas.areas);
    const QHash<QString, QList<Service>> localServices = areaServicesByCode(areas.areas, services);
    // A broken area, module or search word is left out and named in the log; everything else
    // carries on.
    for (const ValidationIssue &issue : areas.issues + modules.issues + areaModules.issues + searchWords.issues
                                            + services.issues)
        qWarning("content: %s", qPrintable(issue.toString()));

    app->m_settingsStore = std::make_unique<SqliteSettingsStore>(app->m_database.connection());
    const std::optional<AppSettings> saved = app->m_settingsStore->load();
    if (!saved) {
        *error = QStringLiteral("cannot read the saved settings: %1").arg(app->m_settingsStore->lastError());
        return nullptr;
    }
    app->m_platform = createPlatformServices();
    app->m_settings = std::make_unique<SettingsController>(*app->m_settingsStore, areas.areas, *saved);
    const QHash<QString, QList<Module>> localModules = areaModulesByCode(areas.areas, areaModules);
    const MoreTabContent moreTabContent{areas.areas, modules.modules, localModules, services.national, localServices,
                                        modules.topics.serviceTopics};
    app->m_library = std::make_unique<ModuleLibrary>(std::move(modules.modules), localModules, *app->m_settings);
    const QList<Module> &moduleList = app->m_library->modules();
    app->m_areas = std::make_unique<AreaListModel>(areas.areas, *app->m_settings);
    app->m_situations = std::make_unique<FamilySituationModel>(*app->m_settings);
    app->m_onboarding = std::make_unique<OnboardingController>(*app->m_settings);
    app->m_navigation = std::make_unique<NavigationController>(*app->m_settings, *app->m_onboarding);
    app->m_quickExit = std::make_unique<QuickExitController>(app->m_lock, *app->m_platform, *app->m_navigation);
    app->openVault();
    app->m_progressStore = std::make_unique<SqliteModuleProgressStore>(app->m_database.connection(), *app->m_vault);
    app->m_progressStore->sealPlainAnswers();
    // Before the lists are made, so they start with it.
    if (options.demoData
        && !fillDemoData(*app->m_settings, areas.areas, *app->m_progressStore, QDate::currentDate(), error))
        return nullptr;
    if (!options.areaCode.isEmpty() && !app->m_settings->chooseArea(options.areaCode)) {
        *error = QStringLiteral("--area %1 is not an area this app knows (an example area needs --demo-data)")
                     .arg(options.areaCode);
        return nullptr;
    }
    if (options.consent && !app->m_settings->setStatisticsConsent(*options.consent)) {
        *error = QStringLiteral("cannot save the statistics choice: %1").arg(app->m_settings->saveError());
        return nullptr;
    }
    if (!options.agency.isEmpty() && !app->m_settings->choosePractitionerAgency(options.agency)) {
        *error = QStringLiteral("--agency %1 is not a kind of agency this app knows").arg(options.agency);
        return nullptr;
    }
    app->m_modules = std::make_unique<ModuleListModel>(moduleList, *app->m_progressStore, *app->m_settings);
    app->m_modules->setTopicLabels(modules.topics.moduleTopicLabels);
    app->m_reader = std::make_unique<ReaderController>(moduleList, *app->m_progressStore,
                                                       [] { return QDate::currentDate(); });
    QObject::connect(app->m_reader.get(), &ReaderController::progressSaved, app->m_modules.get(),
                     &ModuleListModel::refreshProgress);
    QObject::connect(app->m_modules.get(), &ModuleListModel::openRequested, app->m_reader.get(),
                     [reader = app->m_reader.get()](const QString &id) { reader->open(id); });
    const QHash<QString, SearchWords> localWords = localSearchWordsByCode(contentDir, areas.areas);
    app->m_search = std::make_unique<SearchResultsModel>(
        app->m_searchIndex,
        [modules = &moduleList, settings = app->m_settings.get(), national = searchWords.words, localWords,
         nationalServices = services.national, localServices] {
            SearchResultsModel::Content content{{}, withLocalWords(national, localWords.value(settings->areaCode()))};
            for (const Module &module : *modules)
                content.entries << moduleSearchEntry(module);
            for (const Service &service : nationalServices + localServices.value(settings->areaCode()))
                content.entries << serviceSearchEntry(service);
            return content;
        });
    // Another area may bring its own words; filling the index again costs a few milliseconds.
    QObject::connect(app->m_settings.get(), &SettingsController::changed, app->m_search.get(),
                     &SearchResultsModel::contentChanged);
    QObject::connect(app->m_search.get(), &SearchResultsModel::moduleOpenRequested, app->m_reader.get(),
                     [reader = app->m_reader.get()](const QString &id) { reader->open(id); });
    // Once the safety route is reached, exercises for couples are never offered again.
    const auto followSafety = [settings = app->m_settings.get(), reader = app->m_reader.get()] {
        reader->setTogetherShown(!settings->safetyRouteSeen());
    };
    followSafety();
    QObject::connect(app->m_settings.get(), &SettingsController::changed, app->m_reader.get(), followSafety);
    QObject::connect(app->m_reader.get(), &ReaderController::safetyEndingReached, app->m_settings.get(),
                     [settings = app->m_settings.get()] { settings->markSafetyRouteSeen(); });
    app->m_speaker = speaker ? std::move(speaker) : std::make_unique<QtTextSpeaker>();
    app->m_readAloud = std::make_unique<ReadAloudController>(*app->m_speaker, *app->m_reader);
    // The reader stays open behind other tabs, so leaving it by a tab must silence it too.
    QObject::connect(app->m_navigation.get(), &NavigationController::currentTabChanged, app->m_readAloud.get(),
                     &ReadAloudController::stop);
    app->m_services = std::make_unique<ServiceListModel>(services.national, localServices,
                                                         *app->m_settings, *app->m_platform);
    app->m_safetyServices = std::make_unique<ServiceListModel>(
        services.national, localServices, *app->m_settings, *app->m_platform,
        ServiceSelection{QStringLiteral("domestic-abuse"), {}, true, true});
    app->m_help = std::make_unique<HelpController>(
        *app->m_services, HelpController::Sources{services.national, localServices, modules.topics.serviceTopicLabels},
        *app->m_settings, *app->m_platform);
    // Inside a guide: a few services you can reach for the guide's first topic, least acute first.
    app->m_moduleServices = std::make_unique<ServiceListModel>(services.national, localServices, *app->m_settings,
                                                               *app->m_platform, ServiceSelection{{}, {}, false, true, 2});
    QObject::connect(app->m_reader.get(), &ReaderController::moduleChanged, app->m_moduleServices.get(),
                     [reader = app->m_reader.get(), list = app->m_moduleServices.get(), guides = &moduleList,
                      forTopic = modules.topics.serviceTopicForModuleTopic] {
        const Module *module = findModule(*guides, reader->moduleId());
        list->setTopic(module && !module->topics.isEmpty() ? forTopic.value(module->topics.first()) : QString());
    });
    // A service found in search opens its own page on Get help.
    QObject::connect(app->m_search.get(), &SearchResultsModel::serviceOpenRequested, app->m_help.get(),
                     [navigation = app->m_navigation.get(), help = app->m_help.get()](const QString &id) {
        navigation->selectTab(NavigationController::HelpTab);
        help->openService(id);
    });
    app->createHome(moduleList);
    app->createMoreTab(contentDir, moreTabContent);
    app->followModuleLibrary();
    if (!app->createJournal(options, error) || !app->createCheckIns(contentDir, options.demoData, error))
        return nullptr;
    QStringList everyModuleId = moduleIds(moduleList);
    for (const QList<Module> &local : localModules)
        everyModuleId += moduleIds(local);
    app->createStatistics(options, contentDir, everyModuleId, modules.topics.serviceTopics);
    app->followPrivateDataLock();
    app->m_controller = std::make_unique<AppController>(AppController::Parts{
        app->m_settings.get(), app->m_areas.get(), app->m_situations.get(), app->m_navigation.get(),
        app->m_onboarding.get(), app->m_quickExit.get(), app->m_modules.get(), app->m_reader.get(),
        app->m_readAloud.get(), app->m_search.get(), app->m_suggestions.get(), app->m_commitments.get(),
        app->m_journal.get(), app->m_journalExport.get(), app->m_checkIn.get(), app->m_services.get(), app->m_safetyServices.get(), app->m_help.get(), app->m_moduleServices.get(), app->m_recommendations.get(), app->m_more.get(), app->m_privacy.get(), &moduleList, app->m_platform.get(),
        std::clamp(options.fontScale.value_or(app->m_platform->systemFontScale()), 0.75, 3.0),
        QGuiApplication::layoutDirection() == Qt::RightToLeft});

    app->connectQuickExit();
    return app;
}

void AppComposition::createHome(const QList<Module> &moduleList)
{
    m_suggestions = std::make_unique<SuggestionListModel>(moduleList, *m_progressStore, *m_settings);
    m_commitments = std::make_unique<CommitmentListModel>(moduleList, *m_progressStore,
                                                          [] { return QDate::currentDate(); });
    // What the reader saves shows on Home too, and Home opens guides in the reader.
    QObject::connect(m_reader.get(), &ReaderController::progressSaved, m_suggestions.get(),
                     &SuggestionListModel::refresh);
    QObject::connect(m_reader.get(), &ReaderController::progressSaved, m_commitments.get(),
                     &CommitmentListModel::refresh);
    QObject::connect(m_suggestions.get(), &SuggestionListModel::openRequested, m_reader.get(),
                     [reader = m_reader.get(), navigation = m_navigation.get()](const QString &id) {
        if (reader->open(id))
            navigation->openRoute(QStringLiteral("learn"));
    });
}

bool AppComposition::createJournal(const AppOptions &options, QString *error)
{
    m_journalStore = std::make_unique<SqliteJournalStore>(m_database.connection(), *m_vault);
    const auto now = [] { return QDateTime::currentDateTime(); };
    m_journal = std::make_unique<JournalController>(
        *m_journalStore, *m_vault, m_lock, now, [library = m_library.get()](const QString &id) {
            const Module *module = findModule(library->modules(), id);
            return module ? module->title : QString();
        });
    if (options.demoData) {
        m_journal->openIfNoPin();
        if (!m_vault->isOpen() || !fillDemoJournal(*m_journalStore, now(), error)) {
            if (error->isEmpty())
                *error = QStringLiteral("cannot open the journal for demo data: %1").arg(m_journal->problem());
            return false;
        }
        m_journal->refresh();
    }
    if (!options.journalPin.isEmpty()) {
        m_journal->openIfNoPin();
        if (!m_vault->isOpen() || !m_journal->choosePin(options.journalPin, options.journalPin)) {
            *error = QStringLiteral("cannot set the journal PIN: %1").arg(m_journal->problem());
            return false;
        }
    }
    m_journalExport = std::make_unique<JournalExport>(*m_journal, *m_journalStore, m_backupCodec, htmlToPdf,
                                                      [] { return QDate::currentDate(); });
    QObject::connect(m_journal.get(), &JournalController::safetyRouteReached, m_settings.get(),
                     [settings = m_settings.get()] { settings->markSafetyRouteSeen(); });
    QObject::connect(m_journal->trends(), &JournalTrendsModel::guideRequested, m_reader.get(),
                     [reader = m_reader.get(), navigation = m_navigation.get()](const QString &id) {
        if (reader->open(id))
            navigation->openRoute(QStringLiteral("learn"));
    });
    // Without a PIN the journal opens by itself whenever it is shown, also after a quick exit.
    QObject::connect(m_navigation.get(), &NavigationController::currentTabChanged, m_journal.get(),
                     [navigation = m_navigation.get(), journal = m_journal.get()] {
        if (navigation->currentTab() == NavigationController::JournalTab)
            journal->openIfNoPin();
    });
    // Any touch or key press puts off the auto-lock.
    m_activityFilter = std::make_unique<ActivityFilter>([journal = m_journal.get()] { journal->noteActivity(); });
    qGuiApp->installEventFilter(m_activityFilter.get());
    return true;
}

bool AppComposition::createCheckIns(const QString &contentDir, bool demoData, QString *error)
{
    CheckInFileResult checkInFile = readCheckIn(contentDir);
    // Without a readable check-in nothing falls due and the screens say there is nothing yet;
    // everything else carries on.
    for (const ValidationIssue &issue : checkInFile.issues)
        qWarning("content: %s", qPrintable(issue.toString()));
    const CheckInDefinition definition = checkInFile.definition.value_or(CheckInDefinition{});
    m_checkInStore = std::make_unique<SqliteCheckInStore>(m_database.connection(), *m_vault);
    if (demoData && (!m_vault->isOpen() || !fillDemoCheckIns(definition, *m_checkInStore, *m_settings,
                                                             QDate::currentDate(), error))) {
        if (error->isEmpty())
            *error = QStringLiteral("cannot open the private data for demo check-ins");
        return false;
    }
    m_checkIn = std::make_unique<CheckInController>(definition, *m_checkInStore, *m_settings, *m_platform,
                                                    [] { return QDateTime::currentDateTime(); });
    if (m_vault->isOpen())
        m_checkIn->reload();
    // Check-ins are private data like the journal: read when it opens, gone from memory when it
    // locks, and deleted with it after a forgotten PIN.
    QObject::connect(&m_lock, &PrivateDataLock::lockedChanged, m_checkIn.get(),
                     [checkIn = m_checkIn.get()](bool locked) {
        if (locked)
            checkIn->forget();
        else
            checkIn->reload();
    });
    m_journal->setOtherPrivateDataEraser([progress = m_progressStore.get(), checkIn = m_checkIn.get()] {
        return progress->removeAllAnswers() && checkIn->removeAll();
    });
    QObject::connect(m_checkIn.get(), &CheckInController::safetyAnswerGiven, m_journal.get(),
                     [settings = m_settings.get(), journal = m_journal.get()] {
        settings->markSafetyRouteSeen();
        journal->showSafety();
    });
    return true;
}

void AppComposition::openVault()
{
    m_keyStore = createDeviceKeyStore(m_dataDir);
    m_vault = std::make_unique<PrivateVault>(*m_keyStore, QDir(m_dataDir).filePath(QStringLiteral("journal.pin")), m_lock);
    openPrivateDataIfNoPin();
}

void AppComposition::openPrivateDataIfNoPin()
{
    // Without a PIN the key is on the device anyway, so answers in guides open with the app. The
    // journal's entries are read only when the journal is shown.
    if (!m_vault->isOpen() && !m_vault->hasPin())
        m_vault->open();
}

void AppComposition::followPrivateDataLock()
{
    // Answers in guides are private data: they go from memory on lock, and come back (with any
    // plain answers from an older version sealed) when the private data opens.
    QObject::connect(&m_lock, &PrivateDataLock::lockedChanged, m_reader.get(),
                     [reader = m_reader.get(), progress = m_progressStore.get()](bool locked) {
        if (!locked)
            progress->sealPlainAnswers();
        reader->reloadAnswers();
    });
    QObject::connect(m_quickExit.get(), &QuickExitController::neutralScreenShownChanged, m_reader.get(), [this] {
        if (!m_quickExit->neutralScreenShown())
            openPrivateDataIfNoPin();
    });
}

void AppComposition::followModuleLibrary()
{
    // Another area's own guides: everything holding a pointer into the list lets go first.
    QObject::connect(m_library.get(), &ModuleLibrary::aboutToChange, m_modules.get(),
                     [modules = m_modules.get(), reader = m_reader.get(), suggestions = m_suggestions.get(),
                      recommendations = m_recommendations.get()] {
        reader->close();
        modules->beginModulesChange();
        suggestions->forgetModules();
        recommendations->forgetModules();
    });
    QObject::connect(m_library.get(), &ModuleLibrary::changed, m_modules.get(),
                     [modules = m_modules.get(), suggestions = m_suggestions.get(), commitments = m_commitments.get(),
                      recommendations = m_recommendations.get(), builder = m_builder.get()] {
        modules->endModulesChange();
        suggestions->refresh();
        commitments->refresh();
        recommendations->refresh();
        builder->refresh();
    });
}

void AppComposition::connectQuickExit()
{
    // What the models cannot see without the GUI: the app going to the background, and the
    // on-screen keyboard, whose word suggestions would otherwise stay above the neutral screen.
    QuickExitController *quickExit = m_quickExit.get();
    QObject::connect(qGuiApp, &QGuiApplication::applicationStateChanged, quickExit,
                     [quickExit, journal = m_journal.get(), checkIn = m_checkIn.get()](Qt::ApplicationState state) {
        quickExit->setInBackground(state != Qt::ApplicationActive);
        if (state == Qt::ApplicationActive) {
            journal->checkIdle();
            checkIn->checkDay();
        }
    });
    QObject::connect(quickExit, &QuickExitController::neutralScreenShownChanged, quickExit, [quickExit] {
        if (quickExit->neutralScreenShown())
            QGuiApplication::inputMethod()->hide();
    });
    // What was searched for, or answered in the safety check, can say as much as a journal entry,
    // so it goes when the app is left; and a voice reading a guide must fall silent at once.
    QObject::connect(quickExit, &QuickExitController::neutralScreenShownChanged, m_search.get(),
                     [quickExit, search = m_search.get(), readAloud = m_readAloud.get(), help = m_help.get(),
                      more = m_more.get()] {
        if (!quickExit->neutralScreenShown())
            return;
        readAloud->stop();
        search->setQuery(QString());
        help->forget();
        more->forget();
    });
}

bool AppComposition::exportJournalCsv(const QString &path, const QString &pin, QString *error)
{
    if (m_journal->hasPin())
        m_journal->unlock(pin);
    else
        m_journal->openIfNoPin();
    if (!m_journal->isOpen()) {
        *error = QStringLiteral("cannot open the journal: %1").arg(m_journal->problem());
        return false;
    }
    if (!m_journalExport->saveCsv(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()))) {
        *error = m_journalExport->problem();
        return false;
    }
    return true;
}

AppComposition::~AppComposition() = default;

} // namespace cg
