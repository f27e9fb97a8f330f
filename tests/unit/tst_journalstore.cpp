#include "catchqtstrings.h"
#include "folderbytes.h"
#include "core/privatedatalock.h"
#include "crypto/keyfilestore.h"
#include "crypto/privatevault.h"
#include "storage/appschema.h"
#include "storage/database.h"
#include "storage/sqlitejournalstore.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace cg;

namespace {

JournalEntry argument(const QString &note, int daysAgo)
{
    JournalEntry entry;
    entry.when = QDateTime(QDate(2026, 11, 22).addDays(-daysAgo), QTime(21, 15), Qt::UTC);
    entry.withWhom = QStringLiteral("ex-or-co-parent");
    entry.how = QStringLiteral("text-or-messages");
    entry.about = {QStringLiteral("money"), QStringLiteral("childrens-arrangements")};
    entry.heat = 4;
    entry.happened = {QStringLiteral("raised-voices"), QStringLiteral("blaming")};
    entry.childrenThere = true;
    entry.childrenHeard = true;
    entry.childrenSeemed = QStringLiteral("Quiet at bedtime");
    entry.ending = QStringLiteral("unresolved");
    entry.feelingNow = QStringLiteral("Tired and cross");
    entry.helped = QStringLiteral("A walk round the block");
    entry.note = note;
    return entry;
}

struct JournalSetup {
    QTemporaryDir dir;
    KeyFileStore keys{dir.filePath(QStringLiteral("journal.key"))};
    PrivateDataLock lock;
    PrivateVault vault{keys, dir.filePath(QStringLiteral("journal.pinkey")), lock, PinWrapCost::fastest()};
    Database db;
    std::unique_ptr<SqliteJournalStore> store;

    JournalSetup()
    {
        REQUIRE(db.open(dir.filePath(QStringLiteral("app.sqlite")), appMigrations()));
        REQUIRE(vault.open());
        store = std::make_unique<SqliteJournalStore>(db.connection(), vault);
    }
};

} // namespace

TEST_CASE("journal entries come back exactly as written, oldest first, and can be edited and deleted")
{
    JournalSetup setup;
    const auto newer = setup.store->save(argument(QStringLiteral("Second time this week."), 1));
    const auto older = setup.store->save(argument(QStringLiteral("It started over the school run."), 3));
    REQUIRE(newer);
    REQUIRE(older);
    CHECK(*newer != *older);

    auto entries = setup.store->loadAll();
    REQUIRE(entries);
    REQUIRE(entries->size() == 2);
    JournalEntry expected = argument(QStringLiteral("It started over the school run."), 3);
    expected.id = *older;
    CHECK(entries->first() == expected);

    JournalEntry edited = entries->first();
    edited.ending = QStringLiteral("made-up-later");
    REQUIRE(setup.store->save(edited) == edited.id);
    entries = setup.store->loadAll();
    REQUIRE(entries->size() == 2);
    CHECK(entries->first().ending == QStringLiteral("made-up-later"));

    REQUIRE(setup.store->remove(*newer));
    CHECK(setup.store->loadAll()->size() == 1);
}

TEST_CASE("no word of an entry appears in plain text anywhere in the data folder")
{
    JournalSetup setup;
    REQUIRE(setup.store->save(argument(QStringLiteral("He said the bills were my fault"), 0)));
    setup.store.reset();
    setup.db.close();  // folds the write-ahead log back into the file
    const QByteArray everything = folderBytes(setup.dir.path());
    REQUIRE(everything.size() > 1000);
    for (const char *secret : {"bills were my fault", "money", "childrens-arrangements", "raised-voices", "Tired and cross",
                               "Quiet at bedtime", "ex-or-co-parent", "2026-11-22"}) {
        INFO(secret);
        CHECK_FALSE(everything.contains(secret));
    }
}

TEST_CASE("a locked journal neither reads nor writes")
{
    JournalSetup setup;
    REQUIRE(setup.store->save(argument(QStringLiteral("Kept"), 0)));
    setup.lock.lock();
    CHECK_FALSE(setup.store->save(argument(QStringLiteral("Not kept"), 0)));
    CHECK(setup.store->lastError().contains(QStringLiteral("locked")));
    CHECK_FALSE(setup.store->loadAll());
    REQUIRE(setup.vault.open());
    const auto entries = setup.store->loadAll();
    REQUIRE(entries);
    REQUIRE(entries->size() == 1);
    CHECK(entries->first().note == QStringLiteral("Kept"));
}

TEST_CASE("an entry moved onto another row or damaged on disk is counted, never shown, and the rest still open")
{
    JournalSetup setup;
    const auto first = setup.store->save(argument(QStringLiteral("First"), 2));
    const auto second = setup.store->save(argument(QStringLiteral("Second"), 1));
    REQUIRE(first);
    REQUIRE(second);
    QSqlQuery query(setup.db.connection());
    // Copy the first entry's sealed bytes over the second's: bound to its own id, it must not open.
    REQUIRE(query.exec(QStringLiteral("UPDATE journal_entries SET sealed = (SELECT sealed FROM journal_entries WHERE id = '%1') "
                                      "WHERE id = '%2'").arg(*first, *second)));
    const auto entries = setup.store->loadAll();
    REQUIRE(entries);
    REQUIRE(entries->size() == 1);
    CHECK(entries->first().note == QStringLiteral("First"));
    CHECK(setup.store->damagedCount() == 1);
}

TEST_CASE("an entry's JSON with a wrong type or no time is refused")
{
    QJsonObject json = journalEntryToJson(argument(QStringLiteral("x"), 0));
    CHECK(journalEntryFromJson(json));
    QJsonObject noTime = json;
    noTime.remove(QStringLiteral("when"));
    CHECK_FALSE(journalEntryFromJson(noTime));
    QJsonObject badList = json;
    badList.insert(QStringLiteral("about"), QStringLiteral("money"));
    CHECK_FALSE(journalEntryFromJson(badList));
    QJsonObject badKind = json;
    badKind.insert(QStringLiteral("kind"), QStringLiteral("row"));
    CHECK_FALSE(journalEntryFromJson(badKind));
}
