#include "catchqtstrings.h"
#include "openvault.h"
#include "storage/appschema.h"
#include "storage/database.h"
#include "storage/sqlitemoduleprogressstore.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace cg;

TEST_CASE("module progress saved mid-module is there after the app is closed and reopened")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("app.sqlite"));
    {
        Database db;
        REQUIRE(db.open(path, appMigrations()));
        OpenVault key(dir.path());
        SqliteModuleProgressStore store(db.connection(), key.vault);
        REQUIRE(store.saveProgress(QStringLiteral("arguing-better"), {3, false, std::nullopt}));
        REQUIRE(store.saveAnswer(QStringLiteral("arguing-better"), QStringLiteral("what-starts-it"),
                                 QStringLiteral("Tired after work")));
        // Nothing is closed cleanly after this: the database object simply goes away, as when
        // the app is killed.
    }
    Database db;
    REQUIRE(db.open(path, appMigrations()));
    OpenVault key(dir.path());
    SqliteModuleProgressStore store(db.connection(), key.vault);
    const auto progress = store.loadProgress();
    REQUIRE(progress);
    CHECK(progress->value(QStringLiteral("arguing-better")) == ModuleProgress{3, false, std::nullopt});
    const auto answers = store.loadAnswers(QStringLiteral("arguing-better"));
    REQUIRE(answers);
    CHECK(answers->value(QStringLiteral("what-starts-it")) == QStringLiteral("Tired after work"));
}

TEST_CASE("saving again updates progress, answers and commitments in place")
{
    Database db;
    REQUIRE(db.open(QStringLiteral(":memory:"), appMigrations()));
    QTemporaryDir dir;
    OpenVault key(dir.path());
    SqliteModuleProgressStore store(db.connection(), key.vault);
    REQUIRE(store.saveProgress(QStringLiteral("calming-down"), {1, false, std::nullopt}));
    REQUIRE(store.saveProgress(QStringLiteral("calming-down"), {4, true, true}));
    CHECK(store.loadProgress()->value(QStringLiteral("calming-down")) == ModuleProgress{4, true, true});

    REQUIRE(store.saveAnswer(QStringLiteral("calming-down"), QStringLiteral("q"), QStringLiteral("1")));
    REQUIRE(store.saveAnswer(QStringLiteral("calming-down"), QStringLiteral("q"), QStringLiteral("2")));
    CHECK(store.loadAnswers(QStringLiteral("calming-down"))->size() == 1);
    CHECK(store.loadAnswers(QStringLiteral("calming-down"))->value(QStringLiteral("q")) == QStringLiteral("2"));

    const Commitment chosen{QStringLiteral("calming-down"), QStringLiteral("soft-start"), QDate(2026, 11, 20), false};
    REQUIRE(store.saveCommitment(chosen));
    Commitment done = chosen;
    done.done = true;
    REQUIRE(store.saveCommitment(done));
    CHECK(*store.loadCommitments() == QList<Commitment>{done});
}

TEST_CASE("a progress write that fails keeps what was saved before")
{
    Database db;
    REQUIRE(db.open(QStringLiteral(":memory:"), appMigrations()));
    QTemporaryDir dir;
    OpenVault key(dir.path());
    SqliteModuleProgressStore store(db.connection(), key.vault);
    REQUIRE(store.saveProgress(QStringLiteral("money-worries"), {2, false, std::nullopt}));
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE UPDATE ON module_progress "
                                      "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
    CHECK_FALSE(store.saveProgress(QStringLiteral("money-worries"), {3, false, std::nullopt}));
    CHECK(store.lastError().contains(QStringLiteral("disk full")));
    CHECK(store.loadProgress()->value(QStringLiteral("money-worries")).section == 2);
}

TEST_CASE("a negative section is refused by the database itself")
{
    Database db;
    REQUIRE(db.open(QStringLiteral(":memory:"), appMigrations()));
    QTemporaryDir dir;
    OpenVault key(dir.path());
    SqliteModuleProgressStore store(db.connection(), key.vault);
    CHECK_FALSE(store.saveProgress(QStringLiteral("for-dads"), {-1, false, std::nullopt}));
    CHECK(store.loadProgress()->isEmpty());
}

TEST_CASE("progress that cannot be read is reported, not treated as none")
{
    Database db;
    REQUIRE(db.open(QStringLiteral(":memory:"), appMigrations()));
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("DROP TABLE module_progress")));
    REQUIRE(query.exec(QStringLiteral("DROP TABLE commitments")));
    QTemporaryDir dir;
    OpenVault key(dir.path());
    SqliteModuleProgressStore store(db.connection(), key.vault);
    CHECK_FALSE(store.loadProgress().has_value());
    CHECK_FALSE(store.loadCommitments().has_value());
    CHECK_FALSE(store.lastError().isEmpty());
}

TEST_CASE("answers are sealed: not readable in the database, bound to their block, locked with the journal")
{
    QTemporaryDir dir;
    Database db;
    REQUIRE(db.open(dir.filePath(QStringLiteral("app.sqlite")), appMigrations()));
    OpenVault key(dir.path());
    SqliteModuleProgressStore store(db.connection(), key.vault);
    REQUIRE(store.saveAnswer(QStringLiteral("arguing-better"), QStringLiteral("what-starts-it"),
                             QStringLiteral("When he checks my phone")));
    REQUIRE(store.saveAnswer(QStringLiteral("arguing-better"), QStringLiteral("other-block"), QStringLiteral("x")));

    QSqlQuery rows(db.connection());
    REQUIRE(rows.exec(QStringLiteral("SELECT sealed FROM sealed_block_answers")));
    while (rows.next())
        CHECK_FALSE(rows.value(0).toByteArray().contains("checks my phone"));
    REQUIRE(rows.exec(QStringLiteral("SELECT COUNT(*) FROM block_answers")));
    REQUIRE(rows.next());
    CHECK(rows.value(0).toInt() == 0);

    // A sealed answer copied onto another block does not open there.
    REQUIRE(rows.exec(QStringLiteral("UPDATE sealed_block_answers SET sealed = (SELECT sealed FROM sealed_block_answers "
                                     "WHERE block_id = 'what-starts-it') WHERE block_id = 'other-block'")));
    const auto answers = store.loadAnswers(QStringLiteral("arguing-better"));
    REQUIRE(answers);
    CHECK(answers->value(QStringLiteral("what-starts-it")) == QStringLiteral("When he checks my phone"));
    CHECK_FALSE(answers->contains(QStringLiteral("other-block")));

    key.lock.lock();
    CHECK(store.answersLocked());
    CHECK_FALSE(store.loadAnswers(QStringLiteral("arguing-better")));
    CHECK_FALSE(store.saveAnswer(QStringLiteral("arguing-better"), QStringLiteral("what-starts-it"), QStringLiteral("y")));
    CHECK(store.lastError() == QStringLiteral("your answers are locked"));
    // Progress is not private data: it still saves while answers are locked.
    CHECK(store.saveProgress(QStringLiteral("arguing-better"), {1, false, std::nullopt}));
}

TEST_CASE("answers saved in plain text by an older version are sealed and the plain copies deleted")
{
    QTemporaryDir dir;
    Database db;
    REQUIRE(db.open(dir.filePath(QStringLiteral("app.sqlite")), appMigrations()));
    QSqlQuery old(db.connection());
    // As an older version did: no secure_delete, and an answer saved again and again as it was typed.
    REQUIRE(old.exec(QStringLiteral("PRAGMA secure_delete = OFF")));
    REQUIRE(old.exec(QStringLiteral("INSERT INTO block_answers (module_id, block_id, answer) VALUES "
                                    "('calming-down', 'think', 'An earlier draft of it'), ('money-worries', 'q', '2')")));
    // Longer each time, so SQLite moves the row and leaves the earlier bytes in free space.
    REQUIRE(old.exec(QStringLiteral("UPDATE block_answers SET answer = 'My words from before, ' || hex(randomblob(150)) "
                                    "WHERE block_id = 'think'")));
    REQUIRE(old.exec(QStringLiteral("PRAGMA secure_delete = ON")));
    OpenVault key(dir.path());
    SqliteModuleProgressStore store(db.connection(), key.vault);
    REQUIRE(store.sealPlainAnswers());
    CHECK(store.loadAnswers(QStringLiteral("calming-down"))->value(QStringLiteral("think")).startsWith(QStringLiteral("My words from before, ")));
    CHECK(store.loadAnswers(QStringLiteral("money-worries"))->value(QStringLiteral("q")) == QStringLiteral("2"));
    REQUIRE(old.exec(QStringLiteral("SELECT COUNT(*) FROM block_answers")));
    REQUIRE(old.next());
    CHECK(old.value(0).toInt() == 0);
    REQUIRE(store.sealPlainAnswers());  // nothing left to do
    old.finish();
    db.close();
    for (const QString &name : {QStringLiteral("app.sqlite"), QStringLiteral("app.sqlite-wal")}) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        INFO(name.toStdString());
        CHECK_FALSE(bytes.contains("My words from before"));
        CHECK_FALSE(bytes.contains("An earlier draft of it"));
    }
}
