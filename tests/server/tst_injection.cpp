#include "content/arealoader.h"
#include "server/useradd.h"

#include "catchqtstrings.h"
#include "httpprobe.h"
#include "reportbodies.h"
#include "runningserver.h"

#include <QSqlQuery>

// SQL injection attempts in every parameter the server takes from outside: each gets its usual
// refusal, and every table is still there with what it held.

using namespace cg;

namespace {

const QString kInjection = QStringLiteral("x'); DROP TABLE aggregates; DROP TABLE users; --");

// "table=rows" for every table of the server's schema.
QStringList tableSizes(RunningServer &running)
{
    QStringList sizes;
    for (const char *table : {"aggregates", "reports_per_week", "seen_reports", "users", "sessions"}) {
        QSqlQuery count(running.database.connection());
        INFO(table);
        REQUIRE(count.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))));
        REQUIRE(count.next());
        sizes << QStringLiteral("%1=%2").arg(QLatin1String(table)).arg(count.value(0).toInt());
    }
    return sizes;
}

} // namespace

TEST_CASE("SQL in every parameter is refused as ordinary bad input and changes nothing")
{
    const DatabaseUrl::Engine engine = EACH_ENGINE;
    INFO(engineName(engine));
    RunningServer running(engine);
    running.server.setAreas(loadAreas(QStringLiteral(CG_CONTENT_DIR)).areas);
    REQUIRE(addUser(UserAddOptions{running.scratch.url(),
                                   Account{QStringLiteral("jo@sefton.example"), Account::Role::Coordinator,
                                           Account::Scope::Area, QStringLiteral("E08000014")},
                                   QStringLiteral(CG_CONTENT_DIR)},
                    QStringLiteral("correct horse battery"))
                .added);
    REQUIRE(httpPost(running.url("/v1/reports"), sampleBody(QStringLiteral("8d6f4c2a-1b3e-4f5a-9c7d-0e1f2a3b4c5d"))).status == 204);
    const QStringList before = tableSizes(running);

    // Every field of a report.
    for (const QString &field : {QStringLiteral("report_id"), QStringLiteral("app_version"), QStringLiteral("week"),
                                 QStringLiteral("area")}) {
        INFO(field.toStdString());
        CHECK(httpPost(running.url("/v1/reports"), sampleBodyWith(field, kInjection)).status == 422);
    }
    const QJsonArray badMetric{QJsonObject{{QStringLiteral("metric"), kInjection}, {QStringLiteral("labels"), QJsonObject{}},
                                           {QStringLiteral("value"), 1}}};
    const QJsonArray badLabel{QJsonObject{{QStringLiteral("metric"), QStringLiteral("service.viewed")},
                                          {QStringLiteral("labels"), QJsonObject{{QStringLiteral("category"), kInjection},
                                                                                 {QStringLiteral("tier"), QStringLiteral("targeted")}}},
                                          {QStringLiteral("value"), 1}}};
    const QJsonArray badLabelName{QJsonObject{{QStringLiteral("metric"), QStringLiteral("app.active")},
                                              {QStringLiteral("labels"), QJsonObject{{kInjection, QStringLiteral("1")}}},
                                              {QStringLiteral("value"), 1}}};
    for (const QJsonArray &counts : {badMetric, badLabel, badLabelName})
        CHECK(httpPost(running.url("/v1/reports"), sampleBodyWith(QStringLiteral("counts"), counts)).status == 422);

    // Signing in, and the session cookie.
    CHECK(httpSignIn(running.url("/login"), kInjection, kInjection).status == 401);
    CHECK(httpSignIn(running.url("/login"), QStringLiteral("jo@sefton.example' --"), QStringLiteral("x' OR '1'='1")).status == 401);
    CHECK(httpGet(running.url("/"), "cg_session=" + kInjection.toLatin1()).status == 303);
    CHECK(httpGet(running.url("/"), QByteArrayLiteral("cg_session=x' OR '1'='1' --AAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).status == 303);

    // The export's area and quarter.
    const QByteArray cookie = httpSignIn(running.url("/login"), QStringLiteral("jo@sefton.example"),
                                         QStringLiteral("correct horse battery"))
                                  .setCookie.split(';')
                                  .first();
    CHECK(httpGet(running.url("/api/v1/areas/E08000014%27%20OR%20%271%27%3D%271/export.csv?quarter=2026-Q4"), cookie).status == 404);
    CHECK(httpGet(running.url("/api/v1/areas/E08000014/export.csv?quarter=2026-Q4%27%3B%20DROP%20TABLE%20users%3B--"), cookie).status
          == 400);

    // The dashboard's and the summary's area and weeks.
    CHECK(httpGet(running.url("/areas/E08000014%27%20OR%20%271%27%3D%271"), cookie).status == 404);
    CHECK(httpGet(running.url("/areas/E08000014?from=2026-W01%27%3B%20DROP%20TABLE%20aggregates%3B--&to=2026-W10"), cookie).status == 400);
    CHECK(httpGet(running.url("/api/v1/areas/E08000014%27--/summary?from=2026-W01&to=2026-W10"), cookie).status == 404);
    CHECK(httpGet(running.url("/api/v1/areas/E08000014/summary?from=2026-W01&to=2026-W10%27%20OR%201%3D1"), cookie).status == 400);

    QStringList after = tableSizes(running);
    after.replaceInStrings(QStringLiteral("sessions=1"), QStringLiteral("sessions=0"));  // the one real sign-in above
    CHECK(after == before);
}
