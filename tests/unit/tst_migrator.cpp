#include "storage/appschema.h"
#include "storage/database.h"
#include "storage/migrator.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace cg;

namespace {

const QList<Migration> kTwoSteps = {
    {1, QStringLiteral("first"), QStringLiteral("CREATE TABLE a (x INTEGER);\nINSERT INTO a VALUES (1);")},
    {2, QStringLiteral("second"), QStringLiteral("-- a comment line\nCREATE TABLE b (y TEXT);")},
};

int rowCount(QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM ") + table));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

} // namespace

TEST_CASE("a new database is migrated to the newest version")
{
    Database db;
    REQUIRE(db.open(QStringLiteral(":memory:"), kTwoSteps));
    CHECK(db.schemaVersion() == 2);
    CHECK(rowCount(db.connection(), QStringLiteral("a")) == 1);
    CHECK(rowCount(db.connection(), QStringLiteral("b")) == 0);
}

TEST_CASE("only the steps after the stored version run")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("db.sqlite"));
    {
        Database db;
        REQUIRE(db.open(path, kTwoSteps.mid(0, 1)));
        CHECK(db.schemaVersion() == 1);
    }
    Database db;
    REQUIRE(db.open(path, kTwoSteps));
    CHECK(db.schemaVersion() == 2);
    // Step 1 inserted one row; running it again would have failed on CREATE TABLE or added a row.
    CHECK(rowCount(db.connection(), QStringLiteral("a")) == 1);
}

TEST_CASE("a failing step is rolled back and the database stays at the last good version")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("db.sqlite"));
    QList<Migration> broken = kTwoSteps;
    broken[1].sql = QStringLiteral("CREATE TABLE b (y TEXT);\nINSERT INTO no_such_table VALUES (1);");
    {
        Database db;
        CHECK_FALSE(db.open(path, broken));
        CHECK(db.error().contains(QStringLiteral("migration 2 (second) failed")));
    }
    Database db;
    REQUIRE(db.open(path, kTwoSteps.mid(0, 1)));
    CHECK(db.schemaVersion() == 1);
    QSqlQuery query(db.connection());
    CHECK_FALSE(query.exec(QStringLiteral("SELECT * FROM b")));
}

TEST_CASE("a database written by a newer version is refused and left alone")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("db.sqlite"));
    {
        Database db;
        REQUIRE(db.open(path, kTwoSteps));
    }
    Database db;
    CHECK_FALSE(db.open(path, kTwoSteps.mid(0, 1)));
    CHECK(db.error().contains(QStringLiteral("newer version")));
    CHECK(db.schemaVersion() == 2);
    db.close();
    Database again;
    REQUIRE(again.open(path, kTwoSteps));
    CHECK(again.schemaVersion() == 2);
    CHECK(rowCount(again.connection(), QStringLiteral("a")) == 1);
}

TEST_CASE("file databases use write-ahead logging")
{
    QTemporaryDir dir;
    Database db;
    REQUIRE(db.open(dir.filePath(QStringLiteral("db.sqlite")), kTwoSteps));
    CHECK(db.journalMode() == QStringLiteral("wal"));
}

TEST_CASE("an unreadable database file gives a clear error")
{
    QTemporaryDir dir;
    Database db;
    CHECK_FALSE(db.open(dir.filePath(QStringLiteral("missing-folder/db.sqlite")), kTwoSteps));
    CHECK(db.error().contains(QStringLiteral("cannot open")));
}

TEST_CASE("SQL files are split into statements without comments")
{
    const QStringList statements = splitSqlStatements(
        QStringLiteral("-- heading\nCREATE TABLE t (x TEXT DEFAULT ';');\n\nINSERT INTO t VALUES ('a');\n"));
    REQUIRE(statements.size() == 2);
    CHECK(statements[0] == QStringLiteral("CREATE TABLE t (x TEXT DEFAULT ';')"));
    CHECK(statements[1] == QStringLiteral("INSERT INTO t VALUES ('a')"));
}

TEST_CASE("the app's built-in migrations are numbered without gaps and apply cleanly")
{
    const QList<Migration> migrations = appMigrations();
    REQUIRE_FALSE(migrations.isEmpty());
    Database db;
    REQUIRE(db.open(QStringLiteral(":memory:"), migrations));
    CHECK(db.schemaVersion() == migrations.size());
}

TEST_CASE("migration files with gaps are rejected")
{
    QTemporaryDir dir;
    for (const char *name : {"001_a.sql", "003_c.sql"}) {
        QFile file(dir.filePath(QString::fromLatin1(name)));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("CREATE TABLE x (y INTEGER);");
    }
    QString error;
    CHECK(loadMigrations(dir.path(), &error).isEmpty());
    CHECK(error.contains(QStringLiteral("without gaps")));
}
