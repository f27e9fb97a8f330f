#include "httpprobe.h"
#include "reportbodies.h"
#include "runningserver.h"
#include "catchqtstrings.h"

#include "server/aggregatestore.h"
#include "server/sourceratelimit.h"

#include <QSqlQuery>
#include <QUuid>

using namespace cg;

namespace {

const QString kFirst = QStringLiteral("8d6f4c2a-1b3e-4f5a-9c7d-0e1f2a3b4c5d");
const QString kSecond = QStringLiteral("0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d");
const QString kThird = QStringLiteral("f1e2d3c4-b5a6-4978-a695-847362514031");

// Every aggregate row as "area|week|metric|labels=total", in key order.
QStringList aggregates(RunningServer &running)
{
    QSqlQuery query(running.database.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT area, week, metric, labels, total FROM aggregates "
                                      "ORDER BY area, week, metric, labels")));
    QStringList rows;
    while (query.next()) {
        rows << QStringLiteral("%1|%2|%3|%4=%5").arg(query.value(0).toString(), query.value(1).toString(),
                                                      query.value(2).toString(), query.value(3).toString())
                    .arg(query.value(4).toInt());
    }
    return rows;
}

int reportsFor(RunningServer &running, const QString &area, const QString &week)
{
    QSqlQuery query(running.database.connection());
    query.prepare(QStringLiteral("SELECT reports FROM reports_per_week WHERE area = ? AND week = ?"));
    query.addBindValue(area);
    query.addBindValue(week);
    REQUIRE(query.exec());
    return query.next() ? query.value(0).toInt() : 0;
}

int rowsIn(RunningServer &running, const QString &table)
{
    QSqlQuery query(running.database.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

} // namespace

TEST_CASE("POST /v1/reports answers 204 and adds the report's counts to its area and week")
{
    RunningServer running(EACH_ENGINE);
    const HttpReply reply = httpPost(running.url("/v1/reports"), sampleBody(kFirst));
    REQUIRE(reply.finished);
    CHECK(reply.status == 204);
    CHECK(reply.body.isEmpty());
    CHECK(aggregates(running) == QStringList{
        QStringLiteral("E08000014|2026-W47|app.active|=1"),
        QStringLiteral("E08000014|2026-W47|service.viewed|category=parental-conflict;tier=targeted=3")});
    CHECK(reportsFor(running, QStringLiteral("E08000014"), QStringLiteral("2026-W47")) == 1);
}

TEST_CASE("reports from different phones add up, and a report with no area is kept under no area")
{
    RunningServer running(EACH_ENGINE);
    REQUIRE(httpPost(running.url("/v1/reports"), sampleBody(kFirst)).status == 204);
    REQUIRE(httpPost(running.url("/v1/reports"), sampleBody(kSecond)).status == 204);
    REQUIRE(httpPost(running.url("/v1/reports"), sampleBody(kThird, QString())).status == 204);
    CHECK(aggregates(running) == QStringList{
        QStringLiteral("|2026-W47|app.active|=1"),
        QStringLiteral("|2026-W47|service.viewed|category=parental-conflict;tier=targeted=3"),
        QStringLiteral("E08000014|2026-W47|app.active|=2"),
        QStringLiteral("E08000014|2026-W47|service.viewed|category=parental-conflict;tier=targeted=6")});
    CHECK(reportsFor(running, QStringLiteral("E08000014"), QStringLiteral("2026-W47")) == 2);
    CHECK(reportsFor(running, QStringLiteral(""), QStringLiteral("2026-W47")) == 1);
}

TEST_CASE("a report sent again after its answer was lost gets 204 and is counted once")
{
    RunningServer running(EACH_ENGINE);
    REQUIRE(httpPost(running.url("/v1/reports"), sampleBody(kFirst)).status == 204);
    const QStringList once = aggregates(running);
    for (int replay = 0; replay < 3; ++replay)
        CHECK(httpPost(running.url("/v1/reports"), sampleBody(kFirst)).status == 204);
    CHECK(aggregates(running) == once);
    CHECK(reportsFor(running, QStringLiteral("E08000014"), QStringLiteral("2026-W47")) == 1);
}

TEST_CASE("report ids are remembered for 30 days, then forgotten")
{
    RunningServer running(EACH_ENGINE);
    REQUIRE(httpPost(running.url("/v1/reports"), sampleBody(kFirst)).status == 204);
    running.now = running.now.addDays(30);
    REQUIRE(httpPost(running.url("/v1/reports"), sampleBody(kFirst)).status == 204);
    CHECK(reportsFor(running, QStringLiteral("E08000014"), QStringLiteral("2026-W47")) == 1);
    CHECK(rowsIn(running, QStringLiteral("seen_reports")) == 1);

    // The first report of day 31 clears it away; only the new report's id is kept.
    running.now = running.now.addDays(1);
    REQUIRE(httpPost(running.url("/v1/reports"), sampleBody(kSecond)).status == 204);
    QSqlQuery seen(running.database.connection());
    REQUIRE(seen.exec(QStringLiteral("SELECT report_id, seen_on FROM seen_reports")));
    REQUIRE(seen.next());
    CHECK(seen.value(0).toString() == kSecond);
    CHECK(seen.value(1).toString() == QStringLiteral("2026-12-24"));
    CHECK_FALSE(seen.next());
}

TEST_CASE("a report the server can never accept gets its error as JSON and changes nothing")
{
    RunningServer running(EACH_ENGINE);
    struct Case {
        QByteArray body;
        QByteArray contentType;
        int status;
        QString error;
    };
    const QList<Case> cases{
        {QByteArrayLiteral("not json"), QByteArrayLiteral("application/json"), 400, QStringLiteral("invalid_json")},
        {sampleBody(kFirst), QByteArrayLiteral("text/plain"), 415, QStringLiteral("unsupported_media_type")},
        {QByteArray(20000, 'x'), QByteArrayLiteral("application/json"), 413, QStringLiteral("too_large")},
        {sampleBodyWith(QStringLiteral("ip"), QStringLiteral("10.0.0.1")), QByteArrayLiteral("application/json"), 422,
         QStringLiteral("extra_field")},
        {sampleBodyWith(QStringLiteral("week"), QStringLiteral("2026-47")), QByteArrayLiteral("application/json"), 422,
         QStringLiteral("bad_week")},
    };
    for (const Case &wrong : cases) {
        INFO(wrong.error.toStdString());
        const HttpReply reply = httpPost(running.url("/v1/reports"), wrong.body, wrong.contentType);
        REQUIRE(reply.finished);
        CHECK(reply.status == wrong.status);
        CHECK(reply.contentType == QByteArrayLiteral("application/json"));
        CHECK(reply.json().value(QStringLiteral("error")).toString() == wrong.error);
        CHECK_FALSE(reply.json().value(QStringLiteral("detail")).toString().isEmpty());
        CHECK(reply.json().size() == 2);
    }
    CHECK(rowsIn(running, QStringLiteral("aggregates")) == 0);
    CHECK(rowsIn(running, QStringLiteral("reports_per_week")) == 0);
    CHECK(rowsIn(running, QStringLiteral("seen_reports")) == 0);
}

TEST_CASE("only POST is allowed on /v1/reports")
{
    RunningServer running(EACH_ENGINE);
    const HttpReply reply = httpRequest("GET", running.url("/v1/reports"));
    CHECK(reply.status == 405);
    CHECK(reply.allow == QByteArrayLiteral("POST"));
}

TEST_CASE("when the database cannot store a report the phone is told to try again later")
{
    RunningServer running(EACH_ENGINE);
    running.database.close();
    const HttpReply reply = httpPost(running.url("/v1/reports"), sampleBody(kFirst));
    REQUIRE(reply.finished);
    CHECK(reply.status == 503);
    CHECK(reply.retryAfter == QByteArrayLiteral("60"));
}

TEST_CASE("the country's counts kept beside the areas' always equal the areas' added up")
{
    RunningServer running(EACH_ENGINE);
    for (const char *area : {"E08000014", "E08000015", "E06000023"}) {
        for (int i = 0; i < 3; ++i)
            REQUIRE(httpPost(running.url("/v1/reports"), sampleBody(QUuid::createUuid().toString(QUuid::WithoutBraces), QLatin1String(area))).status == 204);
    }
    REQUIRE(httpPost(running.url("/v1/reports"), sampleBody(kFirst, QString())).status == 204);
    const auto rows = [&](const QString &sql) {
        QSqlQuery query(running.database.connection());
        REQUIRE(query.exec(sql));
        QStringList found;
        while (query.next())
            found << QStringLiteral("%1|%2|%3=%4").arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString())
                         .arg(query.value(3).toLongLong());
        return found;
    };
    const QStringList national = rows(QStringLiteral("SELECT week, metric, labels, total FROM national_aggregates ORDER BY week, metric, labels"));
    CHECK(national == rows(QStringLiteral("SELECT week, metric, labels, SUM(total) FROM aggregates GROUP BY week, metric, labels ORDER BY week, metric, labels")));
    CHECK(national == QStringList{QStringLiteral("2026-W47|app.active|=10"),
                                  QStringLiteral("2026-W47|service.viewed|category=parental-conflict;tier=targeted=30")});
}

TEST_CASE("reports stored together are each counted once, a repeated id among them too, and a failure keeps none of them")
{
    RunningServer running(EACH_ENGINE);
    AggregateStore store(running.database.connection());
    const auto accepted = [](const QString &id) {
        return AcceptedReport{id, QStringLiteral("2026-W47"), QStringLiteral("E08000014"), {{QStringLiteral("app.active"), {}, 1}}};
    };
    using Outcome = AggregateStore::Outcome;
    CHECK(store.addAll({accepted(kFirst), accepted(kSecond), accepted(kFirst)}, QDate(2026, 11, 23))
          == QList<Outcome>{Outcome::Added, Outcome::Added, Outcome::AlreadySeen});
    CHECK(store.addAll({accepted(kSecond), accepted(kThird)}, QDate(2026, 11, 23))
          == QList<Outcome>{Outcome::AlreadySeen, Outcome::Added});
    CHECK(reportsFor(running, QStringLiteral("E08000014"), QStringLiteral("2026-W47")) == 3);
    // A count the table cannot take (no metric) fails the whole group: none of it is kept.
    AcceptedReport broken = accepted(QStringLiteral("c0ffee00-1b3e-4f5a-9c7d-0e1f2a3b4c5d"));
    broken.counts.first().metric = QString();
    const QList<Outcome> failed = store.addAll({accepted(QStringLiteral("a1b2c3d4-1b3e-4f5a-9c7d-0e1f2a3b4c5d")), broken},
                                               QDate(2026, 11, 23));
    CHECK(failed == QList<Outcome>{Outcome::Failed, Outcome::Failed});
    CHECK_FALSE(store.lastError().isEmpty());
    CHECK(reportsFor(running, QStringLiteral("E08000014"), QStringLiteral("2026-W47")) == 3);
    CHECK(rowsIn(running, QStringLiteral("seen_reports")) == 3);
}

TEST_CASE("a full disk turns reports away with 503 and Retry-After, counts each whole or not at all, and takes them once there is room")
{
    RunningServer running(DatabaseUrl::Engine::Sqlite);
    // SQLite's page limit stands in for a full disk: writes past it fail with SQLITE_FULL.
    QSqlQuery limit(running.database.connection());
    REQUIRE(limit.exec(QStringLiteral("PRAGMA page_count")));
    REQUIRE(limit.next());
    const int pages = limit.value(0).toInt();
    REQUIRE(limit.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 3)));

    int accepted = 0;
    QByteArray refused;
    for (int i = 0; i < 2000 && refused.isEmpty(); ++i) {
        const QByteArray body = sampleBody(QUuid::createUuid().toString(QUuid::WithoutBraces));
        const HttpReply reply = httpPost(running.url("/v1/reports"), body);
        if (reply.status == 204) {
            ++accepted;
        } else {
            CHECK(reply.status == 503);
            CHECK(reply.retryAfter == QByteArrayLiteral("60"));
            CHECK(reply.json().value(QStringLiteral("error")).toString() == QStringLiteral("unavailable"));
            refused = body;
        }
    }
    REQUIRE_FALSE(refused.isEmpty());
    REQUIRE(accepted > 0);
    // Every accepted report is counted whole, and the refused one not at all.
    CHECK(reportsFor(running, QStringLiteral("E08000014"), QStringLiteral("2026-W47")) == accepted);
    CHECK(rowsIn(running, QStringLiteral("seen_reports")) == accepted);
    CHECK(aggregates(running)
          == QStringList{QStringLiteral("E08000014|2026-W47|app.active|=%1").arg(accepted),
                         QStringLiteral("E08000014|2026-W47|service.viewed|category=parental-conflict;tier=targeted=%1").arg(3 * accepted)});

    // Room again: the phone's retry of the refused report is counted, once.
    REQUIRE(limit.exec(QStringLiteral("PRAGMA max_page_count = 1000000")));
    CHECK(httpPost(running.url("/v1/reports"), refused).status == 204);
    CHECK(httpPost(running.url("/v1/reports"), refused).status == 204);
    CHECK(reportsFor(running, QStringLiteral("E08000014"), QStringLiteral("2026-W47")) == accepted + 1);
}

TEST_CASE("a PostgreSQL connection cut while reports arrive is opened again and nothing is lost or counted twice")
{
    RunningServer running(DatabaseUrl::Engine::Postgres);
    REQUIRE(httpPost(running.url("/v1/reports"), sampleBody(kFirst)).status == 204);
    running.scratch.cutConnections();
    CHECK(httpPost(running.url("/v1/reports"), sampleBody(kSecond)).status == 204);
    CHECK(httpPost(running.url("/v1/reports"), sampleBody(kFirst)).status == 204);  // a retry, already counted
    CHECK(reportsFor(running, QStringLiteral("E08000014"), QStringLiteral("2026-W47")) == 2);
}

TEST_CASE("one address sending more reports in a minute than allowed gets 429 until the minute ends")
{
    qint64 nowMs = 60'000LL * 20'000'000 + 15'000;  // 15 seconds into a minute
    SourceRateLimit limit(3, [&nowMs] { return nowMs; });
    const QHostAddress phone(QStringLiteral("192.0.2.7"));
    for (int i = 0; i < 3; ++i)
        CHECK_FALSE(limit.admit(phone));
    CHECK(limit.admit(phone) == 45);
    CHECK_FALSE(limit.admit(QHostAddress(QStringLiteral("192.0.2.8"))));  // another address is not held up
    nowMs += 45'000;  // the next minute
    CHECK_FALSE(limit.admit(phone));
    SourceRateLimit none(0, [&nowMs] { return nowMs; });
    for (int i = 0; i < 1000; ++i)
        REQUIRE_FALSE(none.admit(phone));
}

TEST_CASE("a flood of reports from one address is turned away with 429 and Retry-After, and not counted")
{
    RunningServer running;
    running.server.setReportsPerMinute(2);
    REQUIRE(httpPost(running.url("/v1/reports"), sampleBody(kFirst)).status == 204);
    REQUIRE(httpPost(running.url("/v1/reports"), sampleBody(kSecond)).status == 204);
    const HttpReply flood = httpPost(running.url("/v1/reports"), sampleBody(kThird));
    CHECK(flood.status == 429);
    CHECK(flood.json().value(QStringLiteral("error")).toString() == QStringLiteral("too_many_requests"));
    CHECK(flood.retryAfter.toInt() >= 1);
    CHECK(flood.retryAfter.toInt() <= 60);
    CHECK(reportsFor(running, QStringLiteral("E08000014"), QStringLiteral("2026-W47")) == 2);
    running.now = running.now.addSecs(60);
    CHECK(httpPost(running.url("/v1/reports"), sampleBody(kThird)).status == 204);
}
