#include "server/serverdatabase.h"
#include "server/statsserver.h"

#include "httpprobe.h"
#include "runningserver.h"
#include "catchqtstrings.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace cg;

TEST_CASE("GET /healthz answers ok with the schema version after asking the database")
{
    RunningServer running;
    const HttpReply reply = httpRequest("GET", running.url("/healthz"));
    REQUIRE(reply.finished);
    CHECK(reply.status == 200);
    CHECK(reply.contentType == QByteArrayLiteral("application/json"));
    const QJsonObject body = reply.json();
    CHECK(body.value(QStringLiteral("status")).toString() == QStringLiteral("ok"));
    CHECK(body.value(QStringLiteral("database")).toString() == QStringLiteral("ok"));
    CHECK(body.value(QStringLiteral("schema")).toInt() == running.database.schemaVersion());
    CHECK(body.value(QStringLiteral("schema")).toInt() >= 1);
    CHECK(body.size() == 3);
}

TEST_CASE("/healthz answers 503 once the database has been closed underneath")
{
    RunningServer running;
    REQUIRE(httpRequest("GET", running.url("/healthz")).status == 200);
    running.database.close();
    const HttpReply reply = httpRequest("GET", running.url("/healthz"));
    REQUIRE(reply.finished);
    CHECK(reply.status == 503);
    CHECK(reply.contentType == QByteArrayLiteral("application/json"));
    CHECK(reply.json().value(QStringLiteral("status")).toString() == QStringLiteral("unavailable"));
    CHECK(reply.json().value(QStringLiteral("database")).toString() == QStringLiteral("closed"));
}

TEST_CASE("unknown paths answer 404 in JSON")
{
    RunningServer running;
    for (const char *path : {"/nope", "/healthz/extra", "/HEALTHZ", "/login/extra", "/v1/reports/x"}) {
        INFO(path);
        const HttpReply reply = httpRequest("GET", running.url(path));
        REQUIRE(reply.finished);
        CHECK(reply.status == 404);
        CHECK(reply.contentType == QByteArrayLiteral("application/json"));
        CHECK(reply.json().value(QStringLiteral("error")).toString() == QStringLiteral("not found"));
    }
}

TEST_CASE("POST /bench/floor answers 204 only on a server started for benchmarking, and counts nothing")
{
    RunningServer running;
    CHECK(httpPost(running.url("/bench/floor"), "{}").status == 404);
    running.server.addBenchmarkFloor();
    const HttpReply reply = httpPost(running.url("/bench/floor"), "{}");
    CHECK(reply.status == 204);
    CHECK(reply.body.isEmpty());
    CHECK(httpRequest("GET", running.url("/bench/floor")).status == 405);
    QSqlQuery rows(running.database.connection());
    REQUIRE(rows.exec(QStringLiteral("SELECT COUNT(*) FROM aggregates")));
    REQUIRE(rows.next());
    CHECK(rows.value(0).toInt() == 0);
}

TEST_CASE("other methods on /healthz answer 405 and say GET is allowed")
{
    RunningServer running;
    for (const char *method : {"POST", "PUT", "DELETE"}) {
        INFO(method);
        const HttpReply reply = httpRequest(method, running.url("/healthz"));
        REQUIRE(reply.finished);
        CHECK(reply.status == 405);
        CHECK(reply.allow == QByteArrayLiteral("GET"));
        CHECK(reply.json().value(QStringLiteral("error")).toString() == QStringLiteral("method not allowed"));
    }
}

TEST_CASE("listening on a port that is taken gives a clear error")
{
    QTcpServer occupant;
    REQUIRE(occupant.listen(QHostAddress(QHostAddress::LocalHost), 0));
    Database database;
    StatsServer server(database, MetricRegistry{}, [] { return QDateTime::currentDateTimeUtc(); });
    QString error;
    CHECK(server.listen(QHostAddress(QHostAddress::LocalHost), occupant.serverPort(), &error) == 0);
    CHECK(error == QStringLiteral("cannot listen on 127.0.0.1:%1: address in use").arg(occupant.serverPort()));
}

TEST_CASE("Qt's request logging stays off even when logging rules ask for it")
{
    // Qt's request log line carries the client's address and User-Agent.
    RunningServer running;
    QLoggingCategory::setFilterRules(QStringLiteral("qt.httpserver*=true\ncg.test.control=true"));
    const QLoggingCategory requests("qt.httpserver");
    const QLoggingCategory control("cg.test.control");
    CHECK_FALSE(requests.isDebugEnabled());
    CHECK_FALSE(requests.isInfoEnabled());
    CHECK(requests.isWarningEnabled());
    CHECK(control.isDebugEnabled());  // the rules themselves still work for everything else
    QLoggingCategory::setFilterRules(QString());
}
