#include "server/serverdatabase.h"

#include "catchqtstrings.h"
#include "runningserver.h"
#include "scratchdatabase.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <atomic>
#include <thread>
#include <vector>

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
    const QString sqlite = QStringLiteral("SELECT name FROM pragma_table_info('%1') WHERE pk > 0 ORDER BY pk");
    const QString postgres = QStringLiteral(
        "SELECT k.column_name FROM information_schema.table_constraints c "
        "JOIN information_schema.key_column_usage k ON k.constraint_name = c.constraint_name AND k.table_name = c.table_name "
        "WHERE c.table_name = '%1' AND c.constraint_type = 'PRIMARY KEY' ORDER BY k.ordinal_position");
    REQUIRE(query.exec((db.driverName() == QLatin1String("QPSQL") ? postgres : sqlite).arg(table)));
    QStringList key;
    while (query.next())
        key << query.value(0).toString();
    return key;
}

} // namespace

TEST_CASE("the server's migrations are built in, numbered from 1, and the same steps for both engines")
{
    QString error;
    const QList<Migration> sqlite = serverMigrations(DatabaseUrl::Engine::Sqlite, &error);
    const QList<Migration> postgres = serverMigrations(DatabaseUrl::Engine::Postgres, &error);
    INFO(error.toStdString());
    REQUIRE_FALSE(sqlite.isEmpty());
    CHECK(sqlite.first().version == 1);
    CHECK(sqlite.first().name == QStringLiteral("init"));
    REQUIRE(postgres.size() == sqlite.size());
    for (qsizetype i = 0; i < sqlite.size(); ++i)
        CHECK(postgres.at(i).name == sqlite.at(i).name);
}

TEST_CASE("a fresh server database reaches the newest schema with the aggregate tables")
{
    const DatabaseUrl::Engine engine = EACH_ENGINE;
    ScratchDatabase scratch(engine);
    QString error;
    const int newest = int(serverMigrations(engine, &error).size());

    Database database;
    const bool opened = openServerDatabase(database, scratch.url(), &error);
    INFO(engineName(engine) << ": " << error.toStdString());
    REQUIRE(opened);
    CHECK(database.schemaVersion() == newest);
    if (engine == DatabaseUrl::Engine::Sqlite)
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
    ScratchDatabase scratch(EACH_ENGINE);
    const DatabaseUrl url = scratch.url();
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

TEST_CASE("a PostgreSQL that cannot be reached gives an error naming it, without the password")
{
    DatabaseUrl url;
    url.engine = DatabaseUrl::Engine::Postgres;
    url.host = QStringLiteral("127.0.0.1");
    url.port = 1;  // nothing listens there
    url.user = QStringLiteral("stats");
    url.password = QStringLiteral("s3cret-pa55");
    url.database = QStringLiteral("cg");
    url.options = QStringLiteral("connect_timeout=2");
    Database database;
    QString error;
    CHECK_FALSE(openServerDatabase(database, url, &error));
    CHECK(error.startsWith(QStringLiteral("cannot open postgres://stats@127.0.0.1:1/cg: ")));
    CHECK_FALSE(error.contains(QStringLiteral("s3cret-pa55")));
}

TEST_CASE("a database from a newer server is refused and left untouched")
{
    const DatabaseUrl::Engine engine = EACH_ENGINE;
    ScratchDatabase scratch(engine);
    const DatabaseUrl url = scratch.url();
    QString error;
    {
        Database database;
        REQUIRE(openServerDatabase(database, url, &error));
        QSqlQuery bump(database.connection());
        REQUIRE(bump.exec(engine == DatabaseUrl::Engine::Sqlite ? QStringLiteral("PRAGMA user_version = 999")
                                                                : QStringLiteral("UPDATE schema_version SET version = 999")));
    }
    Database database;
    CHECK_FALSE(openServerDatabase(database, url, &error));
    CHECK(error.contains(engine == DatabaseUrl::Engine::Sqlite ? url.path : url.display()));
    CHECK(error.contains(QStringLiteral("newer version")));
}

TEST_CASE("several servers starting at once against one PostgreSQL migrate it exactly once")
{
    ScratchDatabase scratch(DatabaseUrl::Engine::Postgres);
    QString error;
    const int newest = int(serverMigrations(DatabaseUrl::Engine::Postgres, &error).size());
    // Each thread opens its own connection, as separate server processes would.
    std::atomic<int> opened = 0;
    std::vector<std::thread> starts;
    for (int i = 0; i < 4; ++i) {
        starts.emplace_back([&] {
            Database database;
            QString threadError;
            if (openServerDatabase(database, scratch.url(), &threadError) && database.schemaVersion() == newest)
                ++opened;
            else
                qWarning("%s", qPrintable(threadError));
        });
    }
    for (std::thread &start : starts)
        start.join();
    CHECK(opened == 4);
}
