#include "server/serverdatabase.h"

#include "catchqtstrings.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace cg;

namespace {

QStringList columnsOf(QSqlDatabase &db, const QString &table)
{
    QStringList columns;
    const QSqlRecord record = db.record(table);
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    return columns;
}

QStringList primaryKeyOf(QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1') WHERE pk > 0 ORDER BY pk").arg(table)));
    QStringList key;
    while (query.next())
        key << query.value(0).toString();
    return key;
}

} // namespace

TEST_CASE("the server's migrations are built in and numbered from 1")
{
    QString error;
    const QList<Migration> migrations = serverSqliteMigrations(&error);
    INFO(error.toStdString());
    REQUIRE_FALSE(migrations.isEmpty());
    CHECK(migrations.first().version == 1);
    CHECK(migrations.first().name == QStringLiteral("init"));
}

TEST_CASE("a fresh server database reaches the newest schema with the aggregate tables")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("server.sqlite"));
    QString error;
    const int newest = int(serverSqliteMigrations(&error).size());

    Database database;
    REQUIRE(openServerDatabase(database, DatabaseUrl{DatabaseUrl::Engine::Sqlite, path}, &error));
    CHECK(database.schemaVersion() == newest);
    CHECK(database.journalMode() == QStringLiteral("wal"));
    CHECK(columnsOf(database.connection(), QStringLiteral("aggregates"))
          == QStringList{"area", "week", "metric", "labels", "total"});
    CHECK(primaryKeyOf(database.connection(), QStringLiteral("aggregates"))
          == QStringList{"area", "week", "metric", "labels"});
    CHECK(columnsOf(database.connection(), QStringLiteral("reports_per_week"))
          == QStringList{"area", "week", "reports"});
    CHECK(primaryKeyOf(database.connection(), QStringLiteral("reports_per_week"))
          == QStringList{"area", "week"});

    // The key really adds up one cell: a second row for the same cell is refused.
    QSqlQuery insert(database.connection());
    const QString row = QStringLiteral("INSERT INTO aggregates VALUES ('E08000014', '2025-W07', 'module_started', '', 1)");
    CHECK(insert.exec(row));
    CHECK_FALSE(insert.exec(row));
}

TEST_CASE("reopening a migrated server database keeps its data")
{
    QTemporaryDir dir;
    const DatabaseUrl url{DatabaseUrl::Engine::Sqlite, dir.filePath(QStringLiteral("server.sqlite"))};
    QString error;
    {
        Database database;
        REQUIRE(openServerDatabase(database, url, &error));
        QSqlQuery insert(database.connection());
        REQUIRE(insert.exec(QStringLiteral("INSERT INTO reports_per_week VALUES ('E08000014', '2025-W07', 12)")));
    }
    Database database;
    REQUIRE(openServerDatabase(database, url, &error));
    QSqlQuery query(database.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT reports FROM reports_per_week")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 12);
}

TEST_CASE("a database that cannot be opened gives an error naming the path")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no-such-folder/server.sqlite"));
    Database database;
    QString error;
    CHECK_FALSE(openServerDatabase(database, DatabaseUrl{DatabaseUrl::Engine::Sqlite, path}, &error));
    CHECK(error.contains(path));
}

TEST_CASE("a database from a newer server is refused and left untouched")
{
    QTemporaryDir dir;
    const DatabaseUrl url{DatabaseUrl::Engine::Sqlite, dir.filePath(QStringLiteral("server.sqlite"))};
    QString error;
    {
        Database database;
        REQUIRE(openServerDatabase(database, url, &error));
        QSqlQuery bump(database.connection());
        REQUIRE(bump.exec(QStringLiteral("PRAGMA user_version = 999")));
    }
    Database database;
    CHECK_FALSE(openServerDatabase(database, url, &error));
    CHECK(error.contains(url.path));
    CHECK(error.contains(QStringLiteral("newer version")));
}
