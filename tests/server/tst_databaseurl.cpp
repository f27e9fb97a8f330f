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
    check("postgres://stats@db/cg", "unsupported database 'postgres:': use sqlite:PATH");
    check("mysql:x", "unsupported database 'mysql:': use sqlite:PATH");
    check("SQLITE:x.sqlite", "unsupported database 'SQLITE:': use sqlite:PATH");
    check("stats.sqlite", "unsupported database 'stats.sqlite': use sqlite:PATH");
    check("", "missing database: use sqlite:PATH");
}
