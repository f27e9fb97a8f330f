#include "catchqtstrings.h"
#include "folderbytes.h"
#include "openvault.h"
#include "storage/appschema.h"
#include "storage/database.h"
#include "storage/sqlitecheckinstore.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace cg;

namespace {

CheckInRecord checkIn(QDate takenOn, const QString &stage, int sortedOut)
{
    return {takenOn, stage, {{QStringLiteral("sorted-out"), sortedOut}, {QStringLiteral("how-heated"), 5}}};
}

struct CheckInSetup {
    QTemporaryDir dir;
    OpenVault vault{dir.path()};
    Database db;
    std::unique_ptr<SqliteCheckInStore> store;

    CheckInSetup()
    {
        REQUIRE(db.open(dir.filePath(QStringLiteral("app.sqlite")), appMigrations()));
        store = std::make_unique<SqliteCheckInStore>(db.connection(), vault.vault);
    }
};

} // namespace

TEST_CASE("check-ins come back exactly as taken, oldest first, and can all be deleted")
{
    CheckInSetup setup;
    const auto later = setup.store->save(checkIn(QDate(2026, 4, 1), QStringLiteral("4-weeks"), 2));
    const auto first = setup.store->save(checkIn(QDate(2026, 3, 1), QStringLiteral("start"), 4));
    REQUIRE(later);
    REQUIRE(first);
    const auto records = setup.store->loadAll();
    REQUIRE(records);
    REQUIRE(records->size() == 2);
    CheckInRecord expected = checkIn(QDate(2026, 3, 1), QStringLiteral("start"), 4);
    expected.id = *first;
    CHECK(records->first() == expected);
    CHECK(records->last().stage == QStringLiteral("4-weeks"));
    REQUIRE(setup.store->removeAll());
    CHECK(setup.store->loadAll()->isEmpty());
}

TEST_CASE("no answer, date or stage of a check-in is in plain text in the data folder")
{
    CheckInSetup setup;
    REQUIRE(setup.store->save(checkIn(QDate(2026, 3, 1), QStringLiteral("3-months"), 4)));
    setup.store.reset();
    setup.db.close();  // folds the write-ahead log back into the file
    const QByteArray everything = folderBytes(setup.dir.path());
    REQUIRE(everything.size() > 1000);
    for (const char *secret : {"sorted-out", "how-heated", "3-months", "2026-03-01"}) {
        INFO(secret);
        CHECK_FALSE(everything.contains(secret));
    }
}

TEST_CASE("locked check-ins are neither read nor written, and nothing already kept is lost")
{
    CheckInSetup setup;
    REQUIRE(setup.store->save(checkIn(QDate(2026, 3, 1), QStringLiteral("start"), 4)));
    setup.vault.lock.lock();
    CHECK_FALSE(setup.store->save(checkIn(QDate(2026, 4, 1), QStringLiteral("4-weeks"), 2)));
    CHECK(setup.store->lastError().contains(QStringLiteral("locked")));
    CHECK_FALSE(setup.store->loadAll());
    REQUIRE(setup.vault.vault.open());
    const auto records = setup.store->loadAll();
    REQUIRE(records);
    CHECK(records->size() == 1);
}

TEST_CASE("a check-in moved onto another row or not a check-in inside is counted as damaged, and the rest open")
{
    CheckInSetup setup;
    const auto first = setup.store->save(checkIn(QDate(2026, 3, 1), QStringLiteral("start"), 4));
    const auto second = setup.store->save(checkIn(QDate(2026, 4, 1), QStringLiteral("4-weeks"), 2));
    REQUIRE(first);
    REQUIRE(second);
    QSqlQuery query(setup.db.connection());
    REQUIRE(query.exec(QStringLiteral("UPDATE checkins SET sealed = (SELECT sealed FROM checkins WHERE id = '%1') "
                                      "WHERE id = '%2'").arg(*first, *second)));
    auto records = setup.store->loadAll();
    REQUIRE(records);
    CHECK(records->size() == 1);
    CHECK(setup.store->damagedCount() == 1);
    // A journal entry sealed into the check-in table opens (same key) but is not a check-in.
    SealedRows rows(setup.db.connection(), QStringLiteral("checkins"), setup.vault.vault);
    REQUIRE(rows.put(QStringLiteral("odd"), QByteArrayLiteral("{\"when\": \"2026-03-01T10:00:00Z\"}")));
    records = setup.store->loadAll();
    REQUIRE(records);
    CHECK(records->size() == 1);
    CHECK(setup.store->damagedCount() == 2);
}
