#include "content/arealoader.h"
#include "core/isoweek.h"
#include "server/areaaccess.h"
#include "server/quarterexport.h"
#include "server/useradd.h"

#include "catchqtstrings.h"
#include "reportbodies.h"
#include "serverwithaccounts.h"

#include <QUuid>

using namespace cg;

namespace {


// The accounts' server with twelve Sefton reports in 2026-W47 (each: the app used, and 3 views
// of one kind of help) and one in 2026-W40.
struct ExportingServer : ServerWithAccounts {
    explicit ExportingServer(DatabaseUrl::Engine engine) : ServerWithAccounts(engine)
    {
        for (int i = 0; i < 12; ++i)
            REQUIRE(httpPost(running.url("/v1/reports"), sampleBody(QUuid::createUuid().toString(QUuid::WithoutBraces))).status == 204);
        WeeklyReport earlier = sampleReport(QUuid::createUuid().toString(QUuid::WithoutBraces));
        earlier.week = QStringLiteral("2026-W40");
        REQUIRE(httpPost(running.url("/v1/reports"), weeklyReportJson(earlier)).status == 204);
    }

    HttpReply exportAs(const QByteArray &cookie, const char *path) { return httpGet(running.url(path), cookie); }
};

const QByteArray kSeftonQ4 =
    "area,period,metric,labels,value\n"
    "E08000014,2026-Q4,app.active,,15\n"  // 13: rounded to the nearest 5
    "E08000014,2026-Q4,journal.used,,0\n"
    "E08000014,2026-Q4,safety.helpline_tapped,,0\n"
    "E08000014,2026-Q4,safety.route_shown,,0\n"
    "E08000014,2026-Q4,service.viewed,category=parental-conflict;tier=targeted,40\n";  // 39

} // namespace

TEST_CASE("a quarter is the ISO weeks whose Thursday falls in it")
{
    CHECK(isoWeeksOfQuarter(QStringLiteral("2026-Q1"))->first == QStringLiteral("2026-W01"));
    CHECK(isoWeeksOfQuarter(QStringLiteral("2026-Q1"))->last == QStringLiteral("2026-W13"));
    CHECK(isoWeeksOfQuarter(QStringLiteral("2026-Q4"))->last == QStringLiteral("2026-W53"));
    CHECK(isoWeeksOfQuarter(QStringLiteral("2027-Q1"))->first == QStringLiteral("2027-W01"));
    for (const char *bad : {"2026-Q5", "2026-Q0", "2026Q1", "26-Q1", "", "2026-q1"})
        CHECK_FALSE(isoWeeksOfQuarter(QString::fromLatin1(bad)));
    // Every week of 2020 to 2030 is in exactly one quarter: each starts the week after the last ends.
    for (int year = 2020; year <= 2030; ++year) {
        for (int q = 1; q <= 4; ++q) {
            const WeekRange range = *isoWeeksOfQuarter(QStringLiteral("%1-Q%2").arg(year).arg(q));
            const QString next = q < 4 ? QStringLiteral("%1-Q%2").arg(year).arg(q + 1) : QStringLiteral("%1-Q1").arg(year + 1);
            INFO(year << " Q" << q);
            CHECK(isoWeek(isoWeekMonday(range.last)->addDays(7)) == isoWeeksOfQuarter(next)->first);
        }
    }
}

TEST_CASE("a coordinator downloads their area's quarter as CSV, every value protected")
{
    const DatabaseUrl::Engine engine = EACH_ENGINE;
    INFO(engineName(engine));
    ExportingServer server(engine);
    const HttpReply csv = server.exportAs(server.cookieFor(QStringLiteral("jo@sefton.example")),
                                          "/api/v1/areas/E08000014/export.csv?quarter=2026-Q4");
    CHECK(csv.status == 200);
    CHECK(csv.contentType == QByteArrayLiteral("text/csv; charset=utf-8"));
    CHECK(csv.body == kSeftonQ4);
    // Only the week that fell in Q3 counts there, and as <10.
    const HttpReply q3 = server.exportAs(server.cookieFor(QStringLiteral("jo@sefton.example")),
                                         "/api/v1/areas/E08000014/export.csv?quarter=2026-Q3");
    CHECK(q3.body.contains("E08000014,2026-Q3,app.active,,0\n"));
}

TEST_CASE("an account sees only the areas of its scope")
{
    ExportingServer server(DatabaseUrl::Engine::Sqlite);
    const QByteArray jo = server.cookieFor(QStringLiteral("jo@sefton.example"));
    const QByteArray northWest = server.cookieFor(QStringLiteral("nw@example.org"));
    const QByteArray national = server.cookieFor(QStringLiteral("all@example.org"));
    const char *wirral = "/api/v1/areas/E08000015/export.csv?quarter=2026-Q4";
    const char *bristol = "/api/v1/areas/E06000023/export.csv?quarter=2026-Q4";
    CHECK(server.exportAs(jo, wirral).status == 403);
    CHECK(server.exportAs(northWest, wirral).status == 200);
    CHECK(server.exportAs(northWest, bristol).status == 403);
    CHECK(server.exportAs(national, bristol).status == 200);
    CHECK(server.exportAs(national, "/api/v1/areas/E08000014/export.csv?quarter=2026-Q4").body == kSeftonQ4);

    CHECK(server.exportAs({}, wirral).status == 401);
    // Signed in, a coordinator goes straight to their area; a regional account chooses among its own.
    CHECK(server.exportAs(jo, "/").location == QByteArrayLiteral("/areas/E08000014"));
    const HttpReply choice = server.exportAs(northWest, "/");
    CHECK(choice.status == 200);
    CHECK(choice.body.contains("<a href=\"/areas/E08000015\">Wirral</a>"));
    CHECK_FALSE(choice.body.contains("E06000023"));
    CHECK(server.exportAs(jo, "/api/v1/areas/E09999999/export.csv?quarter=2026-Q4").status == 404);
    CHECK(server.exportAs(jo, "/api/v1/areas/E08000014';--/export.csv?quarter=2026-Q4").status == 404);
    const HttpReply badQuarter = server.exportAs(jo, "/api/v1/areas/E08000014/export.csv?quarter=2026-Q4' OR 1=1");
    CHECK(badQuarter.status == 400);
}

TEST_CASE("maySee follows the account's scope")
{
    Area sefton;
    sefton.code = QStringLiteral("E08000014");
    sefton.region = QStringLiteral("North West");
    Area unplaced;
    unplaced.code = QStringLiteral("E06000023");
    const Account jo{QStringLiteral("jo@x"), Account::Role::Coordinator, Account::Scope::Area, QStringLiteral("E08000014")};
    const Account region{QStringLiteral("r@x"), Account::Role::Coordinator, Account::Scope::Region, QStringLiteral("North West")};
    const Account all{QStringLiteral("a@x"), Account::Role::Admin, Account::Scope::National, QString()};
    CHECK(maySee(jo, sefton));
    CHECK_FALSE(maySee(jo, unplaced));
    CHECK(maySee(region, sefton));
    CHECK_FALSE(maySee(region, unplaced));  // an area naming no region is in none
    CHECK(maySee(all, unplaced));
}
