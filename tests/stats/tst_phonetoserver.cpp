#include "../server/httpprobe.h"
#include "../server/runningserver.h"
#include "catchqtstrings.h"
#include "outboxfixture.h"
#include "stats/reportuploader.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>

// The app's own uploader against the real statistics server on loopback: what the phone files
// is what the server counts, once.

using namespace cg;

namespace {

struct PhoneAndServer {
    RunningServer server;
    OutboxFixture phone;
    QNetworkAccessManager network;
    ReportUploader uploader{*phone.store, network, [] { return true; }, [] { return QDate(2026, 2, 1); },
                            UploadDelays::none()};

    explicit PhoneAndServer(DatabaseUrl::Engine engine) : server(engine) { uploader.setStatsUrl(QUrl(server.url(""))); }

    void sendAll()
    {
        QSignalSpy finished(&uploader, &ReportUploader::finished);
        uploader.start(ReportUploader::Mode::KeepTrying);
        REQUIRE(finished.wait(30'000));
    }

    // "week=reports" for each week the server has reports for, from area E08000014.
    QStringList reportsPerWeek()
    {
        QSqlQuery query(server.database.connection());
        REQUIRE(query.exec(QStringLiteral("SELECT week, reports FROM reports_per_week WHERE area = 'E08000014' ORDER BY week")));
        QStringList rows;
        while (query.next())
            rows << query.value(0).toString() + QLatin1Char('=') + query.value(1).toString();
        return rows;
    }
};

} // namespace

TEST_CASE("every week a phone files is counted by the server once, and the phone keeps it as sent")
{
    PhoneAndServer both(EACH_ENGINE);
    both.phone.useForWeeks(3);
    both.sendAll();
    CHECK(both.uploader.tally().delivered == 3);
    CHECK(both.phone.store->pendingReports()->isEmpty());
    CHECK(both.phone.store->sentReports()->size() == 3);
    CHECK(both.reportsPerWeek() == QStringList{QStringLiteral("2026-W02=1"), QStringLiteral("2026-W03=1"),
                                               QStringLiteral("2026-W04=1")});
}

TEST_CASE("a report the server already has (its answer was lost) is accepted again but counted once")
{
    PhoneAndServer both(EACH_ENGINE);
    both.phone.useForWeeks(2);
    const PendingReport first = both.phone.store->pendingReports()->first();
    REQUIRE(httpPost(both.server.url("/v1/reports"), first.body).status == 204);

    both.sendAll();

    CHECK(both.uploader.tally().delivered == 2);
    CHECK(both.phone.store->pendingReports()->isEmpty());
    CHECK(both.reportsPerWeek() == QStringList{QStringLiteral("2026-W02=1"), QStringLiteral("2026-W03=1")});
}
