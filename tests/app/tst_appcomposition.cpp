#include "recordingspeaker.h"
#include "shell/appcomposition.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace cg;

namespace {

AppOptions optionsFor(const QString &dataDir)
{
    AppOptions options;
    options.dataDir = dataDir;
    return options;
}

} // namespace

TEST_CASE("the data-dir option keeps the app's database in that folder, and choices survive a restart")
{
    QTemporaryDir dir;
    QString error;
    {
        const auto app = AppComposition::create(optionsFor(dir.path()), &error);
        REQUIRE(app);
        // Seven areas and "prefer not to say": the Bristol example area is not offered to parents.
        CHECK(app->controller().areas()->rowCount() == 8);
        CHECK_FALSE(app->controller().settings()->chooseArea(QStringLiteral("E06000023")));
        REQUIRE(app->controller().settings()->chooseArea(QStringLiteral("E08000015")));
        REQUIRE(app->controller().onboarding()->finish());
    }
    CHECK(QFile::exists(dir.filePath(QStringLiteral("commonground.sqlite"))));
    const auto again = AppComposition::create(optionsFor(dir.path()), &error);
    REQUIRE(again);
    CHECK(again->controller().settings()->areaName() == QStringLiteral("Wirral"));
    CHECK_FALSE(again->controller().navigation()->onboardingVisible());
}

TEST_CASE("a data folder that cannot be made gives a clear error")
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file")));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QString error;
    CHECK_FALSE(AppComposition::create(optionsFor(dir.filePath(QStringLiteral("file/sub"))), &error));
    CHECK(error.startsWith(QStringLiteral("cannot create the data folder")));
}

TEST_CASE("demo data is a separated parent in Sefton who has not shared statistics")
{
    AppOptions options;
    options.selfTest = true;  // a scratch folder, never the real one
    options.demoData = true;
    QString error;
    const auto app = AppComposition::create(options, &error);
    REQUIRE(app);
    SettingsController &settings = *app->controller().settings();
    CHECK(settings.areaName() == QStringLiteral("Sefton"));
    CHECK(settings.familySituation() == QStringLiteral("separated"));
    CHECK(settings.onboardingComplete());
    CHECK_FALSE(settings.statisticsConsent());
    CHECK_FALSE(app->dataDir().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    CHECK(QFile::exists(QDir(app->dataDir()).filePath(QStringLiteral("commonground.sqlite"))));
    // With demo data, the example area built by the importer can be picked too.
    CHECK(app->controller().areas()->rowCount() == 9);
    CHECK(settings.chooseArea(QStringLiteral("E06000023")));
    CHECK(app->controller().services()->unfilteredCount() > 13);  // the national helplines and Bristol's
}

TEST_CASE("quick exit from the assembled app locks the private data and forgets the search")
{
    QTemporaryDir dir;
    QString error;
    const auto app = AppComposition::create(optionsFor(dir.path()), &error);
    REQUIRE(app);
    SearchResultsModel &search = *app->controller().search();
    search.setQuery(QStringLiteral("abuse"));
    REQUIRE(search.rowCount() > 0);  // the shipped guides are searched
    HelpController &help = *app->controller().help();
    help.showCheck();
    help.check()->answer(0, SafetyCheckModel::Yes);
    app->controller().quickExit()->quickExit();
    CHECK(app->privateDataLock().isLocked());
    // The check's answers go too, and Get help is back at its list.
    CHECK(help.screen() == HelpController::List);
    CHECK(help.check()->outcome() == SafetyCheckModel::Unfinished);
    CHECK(search.query().isEmpty());
    CHECK(search.rowCount() == 0);
}

TEST_CASE("opening a guide from the search results opens it in the reader")
{
    QTemporaryDir dir;
    QString error;
    const auto app = AppComposition::create(optionsFor(dir.path()), &error);
    REQUIRE(app);
    SearchResultsModel &search = *app->controller().search();
    search.setQuery(QStringLiteral("money"));
    REQUIRE(search.rowCount() > 0);
    REQUIRE(search.setData(search.index(0), true, SearchResultsModel::OpenedRole));
    CHECK(app->controller().reader()->isOpen());
    CHECK(app->controller().reader()->moduleId() == QStringLiteral("money-worries"));
}

TEST_CASE("settings that cannot be read stop the app with a clear error instead of starting afresh")
{
    QTemporaryDir dir;
    QString error;
    REQUIRE(AppComposition::create(optionsFor(dir.path()), &error));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        db.setDatabaseName(dir.filePath(QStringLiteral("commonground.sqlite")));
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("DROP TABLE settings")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    CHECK_FALSE(AppComposition::create(optionsFor(dir.path()), &error));
    CHECK(error.startsWith(QStringLiteral("cannot read the saved settings")));
}

TEST_CASE("reaching the end of the guide about abuse hides every couple exercise, for good")
{
    QTemporaryDir dir;
    QString error;
    {
        const auto app = AppComposition::create(optionsFor(dir.path()), &error);
        REQUIRE(app);
        ReaderController &reader = *app->controller().reader();
        const auto kinds = [&reader] {
            QStringList result;
            for (int row = 0; row < reader.parts()->rowCount(); ++row)
                result << reader.parts()->data(reader.parts()->index(row), SectionPartModel::KindRole).toString();
            return result;
        };
        REQUIRE(reader.open(QStringLiteral("arguing-better"), 3));  // "Take a break" holds one
        CHECK(kinds().contains(QStringLiteral("together")));

        REQUIRE(reader.open(QStringLiteral("conflict-or-abuse"), 0));
        while (!reader.isLastSection())
            reader.next();
        CHECK(app->controller().settings()->safetyRouteSeen());

        REQUIRE(reader.open(QStringLiteral("arguing-better"), 3));
        CHECK_FALSE(kinds().contains(QStringLiteral("together")));
        CHECK(kinds().contains(QStringLiteral("paragraph")));
    }
    // Remembered after a restart.
    const auto again = AppComposition::create(optionsFor(dir.path()), &error);
    REQUIRE(again);
    ReaderController &reader = *again->controller().reader();
    REQUIRE(reader.open(QStringLiteral("arguing-better"), 3));
    for (int row = 0; row < reader.parts()->rowCount(); ++row)
        CHECK(reader.parts()->data(reader.parts()->index(row), SectionPartModel::KindRole).toString() != QStringLiteral("together"));
}

TEST_CASE("the voice reading a guide stops at once on quick exit and when another tab is chosen")
{
    QTemporaryDir dir;
    QString error;
    auto speaker = std::make_unique<RecordingSpeaker>();
    RecordingSpeaker &voice = *speaker;
    const auto app = AppComposition::create(optionsFor(dir.path()), &error, std::move(speaker));
    REQUIRE(app);
    AppController &controller = app->controller();
    REQUIRE(controller.reader()->open(QStringLiteral("calming-down"), 0));

    controller.readAloud()->toggle();
    REQUIRE(controller.readAloud()->speaking());
    int stops = voice.stops;
    controller.quickExit()->quickExit();
    CHECK(voice.stops > stops);
    CHECK_FALSE(controller.readAloud()->speaking());
    controller.quickExit()->returnFromNeutralScreen();

    REQUIRE(controller.reader()->open(QStringLiteral("calming-down"), 0));
    controller.readAloud()->toggle();
    REQUIRE(controller.readAloud()->speaking());
    stops = voice.stops;
    controller.navigation()->selectTab(NavigationController::HelpTab);
    CHECK(voice.stops > stops);
    CHECK_FALSE(controller.readAloud()->speaking());
}

TEST_CASE("the journal opens when shown, quick exit locks it at once, and coming back opens it again")
{
    QTemporaryDir dir;
    QString error;
    const auto app = AppComposition::create(optionsFor(dir.path()), &error);
    REQUIRE(app);
    JournalController &journal = *app->controller().journal();
    REQUIRE(app->controller().openRoute(QStringLiteral("journal/new")));
    CHECK(journal.isOpen());
    CHECK(journal.screen() == JournalController::Entry);
    REQUIRE(journal.save());
    CHECK(journal.entries()->rowCount() == 1);

    app->controller().quickExit()->quickExit();
    CHECK_FALSE(journal.isOpen());
    CHECK(journal.entries()->rowCount() == 0);

    app->controller().quickExit()->returnFromNeutralScreen();
    CHECK(journal.entries()->rowCount() == 0);  // entries are read only when the journal is shown
    app->controller().navigation()->selectTab(NavigationController::JournalTab);
    CHECK(journal.isOpen());
    CHECK(journal.entries()->rowCount() == 1);
}

TEST_CASE("an entry naming fear reaches the safety route: couple exercises stop, also after a restart")
{
    QTemporaryDir dir;
    QString error;
    {
        const auto app = AppComposition::create(optionsFor(dir.path()), &error);
        REQUIRE(app);
        CHECK_FALSE(app->controller().settings()->safetyRouteSeen());
        REQUIRE(app->controller().openRoute(QStringLiteral("journal/new")));
        ChipListModel &happened = *app->controller().journal()->draft()->happenings();
        for (int row = 0; row < happened.rowCount(); ++row) {
            if (happened.data(happened.index(row), ChipListModel::KeyRole) == QStringLiteral("felt-afraid"))
                happened.setData(happened.index(row), true, ChipListModel::SelectedRole);
        }
        REQUIRE(app->controller().journal()->save());
        CHECK(app->controller().journal()->screen() == JournalController::Safety);
        CHECK(app->controller().settings()->safetyRouteSeen());
    }
    const auto again = AppComposition::create(optionsFor(dir.path()), &error);
    REQUIRE(again);
    CHECK(again->controller().settings()->safetyRouteSeen());
}

TEST_CASE("demo data fills the journal with a few weeks of entries, once")
{
    QTemporaryDir dir;
    AppOptions options = optionsFor(dir.path());
    options.demoData = true;
    QString error;
    int first = 0;
    {
        const auto app = AppComposition::create(options, &error);
        REQUIRE(app);
        first = app->controller().journal()->entries()->rowCount();
        CHECK(first >= 10);
    }
    const auto again = AppComposition::create(options, &error);
    REQUIRE(again);
    again->controller().journal()->openIfNoPin();
    CHECK(again->controller().journal()->entries()->rowCount() == first);
}

TEST_CASE("no word of a journal note or topic can be found anywhere in the data folder")
{
    QTemporaryDir dir;
    AppOptions options = optionsFor(dir.path());
    options.demoData = true;
    QString error;
    {
        const auto app = AppComposition::create(options, &error);
        REQUIRE(app);
        REQUIRE(app->controller().openRoute(QStringLiteral("journal/new")));
        JournalDraft &draft = *app->controller().journal()->draft();
        draft.setProperty("note", QStringLiteral("Xylophone lessons cost too much"));
        draft.setProperty("feelingNow", QStringLiteral("Quietly furious"));
        REQUIRE(app->controller().journal()->save());
    }
    // Words from the demo notes and the one above, and topic keys, in UTF-8 and UTF-16.
    const QStringList secrets{QStringLiteral("Xylophone"), QStringLiteral("furious"), QStringLiteral("school shoes"),
                              QStringLiteral("childrens-arrangements"), QStringLiteral("ex-or-co-parent"),
                              QStringLiteral("money")};
    QDirIterator files(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int checked = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        ++checked;
        for (const QString &secret : secrets) {
            INFO(file.fileName().toStdString() << " holds " << secret.toStdString());
            CHECK_FALSE(bytes.contains(secret.toUtf8()));
            CHECK_FALSE(bytes.contains(QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2)));
        }
    }
    CHECK(checked >= 2);  // the database and the key file at least
}

TEST_CASE("the command-line journal export writes every entry as CSV, and with a PIN only the right PIN opens it")
{
    QTemporaryDir dir;
    AppOptions options = optionsFor(dir.path());
    options.demoData = true;
    QString error;
    const auto app = AppComposition::create(options, &error);
    REQUIRE(app);
    const int entries = app->controller().journal()->entries()->rowCount();
    const QString csv = dir.filePath(QStringLiteral("out.csv"));
    REQUIRE(app->exportJournalCsv(csv, QString(), &error));
    QFile written(csv);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.readAll().count("\r\n") == entries + 1);

    REQUIRE(app->controller().journal()->choosePin(QStringLiteral("2468"), QStringLiteral("2468")));
    app->privateDataLock().lock();
    CHECK(app->journalNeedsPin());
    CHECK_FALSE(app->exportJournalCsv(dir.filePath(QStringLiteral("wrong.csv")), QStringLiteral("1111"), &error));
    CHECK(error.contains(QStringLiteral("did not match")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("wrong.csv"))));
    REQUIRE(app->exportJournalCsv(dir.filePath(QStringLiteral("right.csv")), QStringLiteral("2468"), &error));
}

namespace {

// The first part of `section` of `moduleId` that asks for the parent's own words.
QModelIndex openReflection(AppController &app, const QString &moduleId, int section)
{
    REQUIRE(app.reader()->open(moduleId, section));
    SectionPartModel &parts = *app.reader()->parts();
    for (int row = 0; row < parts.rowCount(); ++row) {
        if (parts.data(parts.index(row), SectionPartModel::KindRole) == QStringLiteral("reflection"))
            return parts.index(row);
    }
    FAIL("no reflection in " << moduleId.toStdString());
    return {};
}

} // namespace

TEST_CASE("answers in guides lock with the journal's PIN, and a forgotten-PIN reset erases them")
{
    QTemporaryDir dir;
    QString error;
    const auto app = AppComposition::create(optionsFor(dir.path()), &error);
    REQUIRE(app);
    AppController &controller = app->controller();
    const QString guide = QStringLiteral("arguing-better");
    SectionPartModel &parts = *controller.reader()->parts();
    REQUIRE(parts.setData(openReflection(controller, guide, 2), QStringLiteral("When I am tired"), SectionPartModel::AnswerRole));
    REQUIRE(controller.openRoute(QStringLiteral("journal")));
    REQUIRE(controller.journal()->choosePin(QStringLiteral("2468"), QStringLiteral("2468")));

    controller.quickExit()->quickExit();
    controller.quickExit()->returnFromNeutralScreen();
    QModelIndex reflection = openReflection(controller, guide, 2);
    CHECK(controller.reader()->answersLocked());
    CHECK(parts.data(reflection, SectionPartModel::AnswerRole).toString().isEmpty());

    REQUIRE(controller.journal()->unlock(QStringLiteral("2468")));
    CHECK_FALSE(controller.reader()->answersLocked());
    reflection = openReflection(controller, guide, 2);
    CHECK(parts.data(reflection, SectionPartModel::AnswerRole) == QStringLiteral("When I am tired"));

    app->privateDataLock().lock();
    CHECK(controller.reader()->answersLocked());
    CHECK(parts.data(reflection, SectionPartModel::AnswerRole).toString().isEmpty());  // gone from memory too
    REQUIRE(controller.journal()->startAgain());
    reflection = openReflection(controller, guide, 2);
    CHECK_FALSE(controller.reader()->answersLocked());
    CHECK(parts.data(reflection, SectionPartModel::AnswerRole).toString().isEmpty());
}

TEST_CASE("search finds national helplines too, and opening one shows its page on Get help")
{
    QTemporaryDir dir;
    QString error;
    const auto app = AppComposition::create(optionsFor(dir.path()), &error);
    REQUIRE(app);
    SearchResultsModel &search = *app->controller().search();
    search.setQuery(QStringLiteral("debtline"));
    int found = -1;
    for (int row = 0; row < search.rowCount(); ++row) {
        if (search.data(search.index(row), SearchResultsModel::TitleRole) == QStringLiteral("National Debtline"))
            found = row;
    }
    REQUIRE(found >= 0);
    CHECK(search.data(search.index(found), SearchResultsModel::KindRole) == QStringLiteral("service"));
    REQUIRE(search.setData(search.index(found), true, SearchResultsModel::OpenedRole));
    CHECK(app->controller().navigation()->currentTab() == NavigationController::HelpTab);
    HelpController &help = *app->controller().help();
    CHECK(help.screen() == HelpController::Service);
    REQUIRE(help.service()->rowCount() == 1);
    CHECK(help.service()->data(help.service()->index(0), ServiceListModel::ServiceIdRole) == QStringLiteral("national-debtline"));
}

TEST_CASE("a guide shows a few services for its topic at its end, and the header's safety button opens the safety route")
{
    QTemporaryDir dir;
    QString error;
    const auto app = AppComposition::create(optionsFor(dir.path()), &error);
    REQUIRE(app);
    AppController &controller = app->controller();
    REQUIRE(controller.openRoute(QStringLiteral("module/money-worries")));
    ServiceListModel &forGuide = *controller.moduleServices();
    CHECK(forGuide.topic() == QStringLiteral("money-and-debt"));
    REQUIRE(forGuide.rowCount() >= 1);
    CHECK(forGuide.rowCount() <= 2);
    CHECK(forGuide.data(forGuide.index(0), ServiceListModel::ServiceIdRole) == QStringLiteral("national-debtline"));
    controller.showServicesFor(forGuide.topic());
    CHECK(controller.navigation()->currentTab() == NavigationController::HelpTab);
    CHECK(controller.help()->filters()->filter().topics == QStringList{QStringLiteral("money-and-debt")});
    CHECK_FALSE(controller.settings()->safetyRouteSeen());
    controller.showSafety();
    CHECK(controller.help()->screen() == HelpController::Safety);
    CHECK(controller.settings()->safetyRouteSeen());
    CHECK_FALSE(controller.reader()->togetherShown());
}

TEST_CASE("the area option picks the area before start, and an area the app does not offer is a clear error")
{
    QTemporaryDir dir;
    QString error;
    AppOptions options = optionsFor(dir.path());
    options.areaCode = QStringLiteral("E08000011");
    const auto app = AppComposition::create(options, &error);
    REQUIRE(app);
    CHECK(app->controller().settings()->areaName() == QStringLiteral("Knowsley"));

    QTemporaryDir other;
    AppOptions example = optionsFor(other.path());
    example.areaCode = QStringLiteral("E06000023");  // the Bristol example, offered only with demo data
    CHECK_FALSE(AppComposition::create(example, &error));
    CHECK(error == QStringLiteral("--area E06000023 is not an area this app knows (an example area needs --demo-data)"));
}
