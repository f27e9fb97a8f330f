#include "server/databaseurl.h"

#include "catchqtstrings.h"

using namespace cg;

TEST_CASE("sqlite:PATH names a SQLite file")
{
    QString error;
    const auto url = parseDatabaseUrl(QStringLiteral("sqlite:/var/lib/cg/stats.sqlite"), &error);
    REQUIRE(url);
    CHECK(url->engine == DatabaseUrl::Engine::Sqlite);
    CHECK(url->path == QStringLiteral("/var/lib/cg/stats.sqlite"));
    CHECK(error.isEmpty());
}

TEST_CASE("a relative path and :memory: are kept as written")
{
    QString error;
    CHECK(parseDatabaseUrl(QStringLiteral("sqlite:stats.sqlite"), &error)->path == QStringLiteral("stats.sqlite"));
    CHECK(parseDatabaseUrl(QStringLiteral("sqlite::memory:"), &error)->path == QStringLiteral(":memory:"));
}

TEST_CASE("bad database URLs are refused with a clear message")
{
    QString error;
    const auto check = [&](const char *text, const char *expected) {
        INFO(text);
        error.clear();
        CHECK_FALSE(parseDatabaseUrl(QString::fromUtf8(text), &error));
        CHECK(error == QString::fromUtf8(expected));
    };
    check("sqlite:", "missing path after sqlite:");
    check("mysql:x", "unsupported database 'mysql:': use sqlite:PATH or postgres://USER@HOST/DATABASE");
    check("SQLITE:x.sqlite", "unsupported database 'SQLITE:': use sqlite:PATH or postgres://USER@HOST/DATABASE");
    check("stats.sqlite", "unsupported database 'stats.sqlite': use sqlite:PATH or postgres://USER@HOST/DATABASE");
    check("", "missing database: use sqlite:PATH or postgres://USER@HOST/DATABASE");
    check("postgres://db/cg", "missing user in postgres://USER@HOST/DATABASE");
    check("postgres://stats@/cg", "missing host in postgres://USER@HOST/DATABASE");
    check("postgres://stats@db", "missing database name in postgres://USER@HOST/DATABASE");
    check("postgres://stats@db/cg/more", "missing database name in postgres://USER@HOST/DATABASE");
    check("postgres://stats@db/cg?sslmod=require",
          "unknown postgres option 'sslmod': use sslmode, sslrootcert, connect_timeout, application_name");
    check("postgres://stats@db/cg?sslmode=", "postgres option 'sslmode' needs a plain value");
    check("postgres://stats@db/cg?sslmode=a;b", "postgres option 'sslmode' needs a plain value");
}

TEST_CASE("postgres://USER:PASSWORD@HOST:PORT/DATABASE names a PostgreSQL database, options and all")
{
    QString error;
    const auto url = parseDatabaseUrl(
        QStringLiteral("postgres://stats:pa%3Bss@db.example.org:6543/commonground?sslmode=require&connect_timeout=5"), &error);
    INFO(error.toStdString());
    REQUIRE(url);
    CHECK(url->engine == DatabaseUrl::Engine::Postgres);
    CHECK(url->host == QStringLiteral("db.example.org"));
    CHECK(url->port == 6543);
    CHECK(url->user == QStringLiteral("stats"));
    CHECK(url->password == QStringLiteral("pa;ss"));
    CHECK(url->database == QStringLiteral("commonground"));
    CHECK(url->options == QStringLiteral("sslmode=require;connect_timeout=5"));
    // Messages and logs never show the password.
    CHECK(url->display() == QStringLiteral("postgres://stats@db.example.org:6543/commonground"));
}

TEST_CASE("postgresql:// is the same, and the port defaults to 5432")
{
    QString error;
    const auto url = parseDatabaseUrl(QStringLiteral("postgresql://stats@localhost/cg"), &error);
    REQUIRE(url);
    CHECK(url->port == 5432);
    CHECK(url->password.isEmpty());
    CHECK(url->options.isEmpty());
}
