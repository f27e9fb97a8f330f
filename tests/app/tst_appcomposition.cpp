#include "recordingspeaker.h"
#include "shell/appcomposition.h"

#include <catch2/catch.hpp>

#include <QDir>
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
        CHECK(app->controller().areas()->rowCount() == 8);  // seven areas and "prefer not to say"
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
    app->controller().quickExit()->quickExit();
    CHECK(app->privateDataLock().isLocked());
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
