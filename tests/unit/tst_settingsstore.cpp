#include "storage/appschema.h"
#include "storage/database.h"
#include "storage/sqlitesettingsstore.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace cg;

TEST_CASE("settings start private: statistics off, nothing chosen")
{
    Database db;
    REQUIRE(db.open(QStringLiteral(":memory:"), appMigrations()));
    const std::optional<AppSettings> settings = SqliteSettingsStore(db.connection()).load();
    REQUIRE(settings);
    CHECK_FALSE(settings->statisticsConsent);
    CHECK_FALSE(settings->onboardingComplete);
    CHECK(settings->areaCode.isEmpty());
    CHECK(settings->familySituation == FamilySituation::PreferNotToSay);
    CHECK_FALSE(settings->safetyRouteSeen);
    CHECK(settings->checkIns.remindersOn);  // reminders are on until the parent turns them off
    CHECK(settings->checkIns.stagesDone.isEmpty());
}

TEST_CASE("saved settings survive closing and reopening the database")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("app.sqlite"));
    AppSettings chosen;
    chosen.onboardingComplete = true;
    chosen.areaCode = QStringLiteral("E08000014");
    chosen.familySituation = FamilySituation::Separated;
    chosen.statisticsConsent = true;
    chosen.safetyRouteSeen = true;
    chosen.recommendationCode = QStringLiteral("0A1B2-C3D4E");
    chosen.practitionerAgency = QStringLiteral("health-visiting");
    chosen.checkIns = {QDate(2026, 3, 1), {QStringLiteral("start"), QStringLiteral("4-weeks")}, QDate(2026, 4, 5), false};
    {
        Database db;
        REQUIRE(db.open(path, appMigrations()));
        SqliteSettingsStore store(db.connection());
        REQUIRE(store.save(chosen));
    }
    Database db;
    REQUIRE(db.open(path, appMigrations()));
    CHECK(SqliteSettingsStore(db.connection()).load() == std::optional<AppSettings>(chosen));
}

TEST_CASE("settings save before any area is chosen, and prefer-not-to-say saves as no area")
{
    Database db;
    REQUIRE(db.open(QStringLiteral(":memory:"), appMigrations()));
    SqliteSettingsStore store(db.connection());
    AppSettings chosen;  // areaCode is a null string here, as on a fresh phone
    chosen.statisticsConsent = true;
    REQUIRE(store.save(chosen));
    const std::optional<AppSettings> loaded = store.load();
    REQUIRE(loaded);
    CHECK(loaded->statisticsConsent);
    CHECK(loaded->areaCode.isEmpty());
}

TEST_CASE("a damaged stored value falls back to the private default")
{
    Database db;
    REQUIRE(db.open(QStringLiteral(":memory:"), appMigrations()));
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("INSERT INTO settings VALUES ('statistics_consent', 'yes please'), "
                                      "('family_situation', 'no-such-situation')")));
    const std::optional<AppSettings> settings = SqliteSettingsStore(db.connection()).load();
    REQUIRE(settings);
    CHECK_FALSE(settings->statisticsConsent);
    CHECK(settings->familySituation == FamilySituation::PreferNotToSay);
}

TEST_CASE("a failed save keeps the settings saved before")
{
    Database db;
    REQUIRE(db.open(QStringLiteral(":memory:"), appMigrations()));
    SqliteSettingsStore store(db.connection());
    AppSettings first;
    first.areaCode = QStringLiteral("E08000012");
    REQUIRE(store.save(first));

    // A trigger that rejects one of the rows stands in for a full disk half-way through a save.
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral(
        "CREATE TRIGGER refuse BEFORE UPDATE ON settings WHEN new.key = 'statistics_consent' "
        "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
    AppSettings second = first;
    second.areaCode = QStringLiteral("E08000011");
    second.statisticsConsent = true;
    CHECK_FALSE(store.save(second));
    CHECK(store.lastError().contains(QStringLiteral("disk full")));
    CHECK(store.load() == std::optional<AppSettings>(first));
}

TEST_CASE("settings that cannot be read are reported, never replaced by defaults")
{
    Database db;
    REQUIRE(db.open(QStringLiteral(":memory:"), appMigrations()));
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("DROP TABLE settings")));
    SqliteSettingsStore store(db.connection());
    CHECK_FALSE(store.load().has_value());
    CHECK(store.lastError().contains(QStringLiteral("settings")));
}
