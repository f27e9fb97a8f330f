#include "catchqtstrings.h"
#include "storage/appschema.h"
#include "storage/database.h"
#include "storage/sqlitemoduleprogressstore.h"

#include <catch2/catch.hpp>

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
        SqliteModuleProgressStore store(db.connection());
        REQUIRE(store.saveProgress(QStringLiteral("arguing-better"), {3, false, std::nullopt}));
        REQUIRE(store.saveAnswer(QStringLiteral("arguing-better"), QStringLiteral("what-starts-it"),
                                 QStringLiteral("Tired after work")));
        // Nothing is closed cleanly after this: the database object simply goes away, as when
        // the app is killed.
    }
    Database db;
    REQUIRE(db.open(path, appMigrations()));
    SqliteModuleProgressStore store(db.connection());
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
    SqliteModuleProgressStore store(db.connection());
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
    SqliteModuleProgressStore store(db.connection());
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
    SqliteModuleProgressStore store(db.connection());
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
    SqliteModuleProgressStore store(db.connection());
    CHECK_FALSE(store.loadProgress().has_value());
    CHECK_FALSE(store.loadCommitments().has_value());
    CHECK_FALSE(store.lastError().isEmpty());
}
