#include "catchqtstrings.h"
#include "flakystatsserver.h"
#include "outboxfixture.h"
#include "stats/reportrequest.h"
#include "stats/reportuploader.h"

#include <catch2/catch.hpp>

#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace cg;
using Trouble = FlakyStatsServer::Trouble;

namespace {

// Delays of a millisecond, remembering what the uploader asked for.
struct RecordedDelays {
    int reportWaits = 0;
    QList<std::pair<int, std::optional<std::chrono::seconds>>> retries;  // attempt, Retry-After

    UploadDelays delays()
    {
        return {[this] {
                    ++reportWaits;
                    return std::chrono::milliseconds(1);
                },
                [this](int attempt, std::optional<std::chrono::seconds> retryAfter) {
                    retries.append({attempt, retryAfter});
                    return std::chrono::milliseconds(1);
                }};
    }
};

struct Sending {
    OutboxFixture phone;
    QNetworkAccessManager network;
    RecordedDelays waits;
    bool allowed = true;
    std::unique_ptr<ReportUploader> uploader;

    explicit Sending(const QUrl &statsUrl)
    {
        uploader = std::make_unique<ReportUploader>(*phone.store, network, [this] { return allowed; },
                                                    [] { return QDate(2026, 3, 1); }, waits.delays());
        uploader->setStatsUrl(statsUrl);
        uploader->setTransferTimeout(std::chrono::milliseconds(250));
    }

    void sendAll(ReportUploader::Mode mode = ReportUploader::Mode::KeepTrying)
    {
        QSignalSpy finished(uploader.get(), &ReportUploader::finished);
        uploader->start(mode);
        REQUIRE(finished.wait(60'000));
    }
};

QSet<QString> asSet(const QStringList &ids)
{
    return QSet<QString>(ids.cbegin(), ids.cend());
}

} // namespace

TEST_CASE("each report goes alone, oldest week first, and moves to the sent list exactly as it went")
{
    FlakyStatsServer server;
    Sending sending(server.url());
    sending.phone.useForWeeks(3);
    const QList<PendingReport> waiting = *sending.phone.store->pendingReports();

    sending.sendAll();

    const QList<LoopbackHttpServer::Request> requests = server.http().requests();
    REQUIRE(requests.size() == 3);
    for (int i = 0; i < 3; ++i) {
        CHECK(requests.at(i).method == "POST");
        CHECK(requests.at(i).body == waiting.at(i).body);  // one week per request, oldest first
    }
    CHECK(sending.phone.store->pendingReports()->isEmpty());
    const QList<SentReport> sent = *sending.phone.store->sentReports();
    REQUIRE(sent.size() == 3);
    CHECK(sent.first().report == waiting.last());
    CHECK(sent.first().sentOn == QDate(2026, 3, 1));
    CHECK(sending.uploader->tally().delivered == 3);
    // A wait before every report, not only the first.
    CHECK(sending.waits.reportWaits >= 3);
}

TEST_CASE("the server lives under a path of its own: reports go to that path's v1/reports")
{
    CHECK(reportsUrl(QUrl(QStringLiteral("https://stats.example.org"))).toString()
          == QStringLiteral("https://stats.example.org/v1/reports"));
    CHECK(reportsUrl(QUrl(QStringLiteral("https://stats.example.org/sefton/"))).toString()
          == QStringLiteral("https://stats.example.org/sefton/v1/reports"));
}

TEST_CASE("reports the server will never take (400, 413, 422) are dropped after one try and never sent again")
{
    int n = 0;
    const QList<int> statuses{400, 413, 422};
    LoopbackHttpServer http;
    http.serve([&](const LoopbackHttpServer::Request &) -> std::optional<LoopbackHttpServer::Response> {
        return LoopbackHttpServer::Response::json(R"({"error":"unknown metric"})", statuses.at(n++ % 3));
    });
    Sending sending(http.url());
    sending.phone.useForWeeks(3);

    sending.sendAll();

    CHECK(http.requests().size() == 3);
    CHECK(sending.uploader->tally().refused == 3);
    CHECK(sending.phone.store->pendingReports()->isEmpty());
    CHECK(sending.phone.store->sentReports()->isEmpty());  // refused is not "sent"
    CHECK(sending.uploader->tally().lastProblem.contains(QStringLiteral("unknown metric")));
}

TEST_CASE("500s, dropped connections, slow answers, 429 and a lost answer: every report is accepted exactly once")
{
    const QList<Trouble> troubles{Trouble::ServerError, Trouble::HangUp, Trouble::Slow, Trouble::TooMany,
                                  Trouble::LostAnswer,  Trouble::None,   Trouble::ServerError, Trouble::None,
                                  Trouble::LostAnswer, Trouble::None, Trouble::None};
    FlakyStatsServer server([&](int n) { return troubles.value(n, Trouble::None); });
    Sending sending(server.url());
    sending.phone.useForWeeks(4);
    const QStringList ids = sending.phone.waitingIds();

    sending.sendAll();

    CHECK(server.stored() == asSet(ids));
    // Retries carry the same report_id: no week ever went under a second id.
    CHECK(asSet(server.arrived()).subtract(asSet(ids)).isEmpty());
    CHECK(server.arrived().size() > ids.size());
    CHECK(sending.phone.store->pendingReports()->isEmpty());
    CHECK(sending.phone.store->sentReports()->size() == 4);
    // The 429's Retry-After reached the backoff, and attempts counted up before resetting.
    bool sawRetryAfter = false;
    QList<int> attempts;
    std::string listed;
    for (const auto &[attempt, retryAfter] : sending.waits.retries) {
        sawRetryAfter = sawRetryAfter || retryAfter == std::chrono::seconds(7);
        attempts << attempt;
        listed += std::to_string(attempt) + ' ';
    }
    CHECK(sawRetryAfter);
    INFO("attempts " << listed);
    REQUIRE(attempts.size() >= 3);
    CHECK(attempts.mid(0, 3) == QList<int>{1, 2, 3});
}

TEST_CASE("against a server failing at random while weeks keep being filed, the outbox stays within its bound and every report kept is accepted once")
{
    for (const quint32 seed : {1u, 2u, 3u}) {
        INFO("seed " << seed);
        QRandomGenerator random(seed);
        const QList<Trouble> kinds{Trouble::None, Trouble::ServerError, Trouble::HangUp, Trouble::TooMany,
                                   Trouble::LostAnswer, Trouble::Slow};
        FlakyStatsServer server([&](int) {
            // Mostly trouble, so the outbox fills while the phone keeps trying.
            return random.bounded(4) == 0 ? Trouble::None : kinds.at(1 + random.bounded(5));
        });
        Sending sending(server.url());
        sending.phone.useForWeeks(20);
        QSet<QString> filed = asSet(sending.phone.waitingIds());
        int largestOutbox = 0;
        int filedMore = 0;
        server.onRequest = [&] {
            // A new week is filed now and then while reports are on their way.
            if (filedMore < 15 && random.bounded(2) == 0) {
                ++filedMore;
                sending.phone.useForWeeks(1);
                filed.unite(asSet(sending.phone.waitingIds()));
            }
            largestOutbox = std::max(largestOutbox, int(sending.phone.store->pendingReports()->size()));
        };

        sending.sendAll();

        CHECK(largestOutbox <= WeeklyReporter::outboxBound);
        CHECK(sending.phone.store->pendingReports()->isEmpty());
        const int dropped = *sending.phone.store->droppedCount();
        // Everything filed reached the server under its own id, or was dropped (and counted) when
        // the outbox was full; a report whose answer was lost may be both.
        CHECK(filed.size() == 20 + filedMore);
        CHECK(QSet<QString>(server.stored()).subtract(filed).isEmpty());
        CHECK(filed.size() - QSet<QString>(filed).intersect(server.stored()).size() <= dropped);
        QStringList sentIds;
        const QList<SentReport> sentReports = *sending.phone.store->sentReports();
        for (const SentReport &sent : sentReports)
            sentIds << sent.report.reportId;
        CHECK(asSet(sentIds).subtract(server.stored()).isEmpty());
    }
}

TEST_CASE("a phone killed while a report is on its way sends the same report_id again when it next runs")
{
    LoopbackHttpServer hanging;
    hanging.serve([](const LoopbackHttpServer::Request &) -> std::optional<LoopbackHttpServer::Response> {
        LoopbackHttpServer::Response response;
        response.silent = true;
        return response;
    });
    OutboxFixture phone;
    phone.useForWeeks(1);
    const QStringList ids = phone.waitingIds();
    {
        QNetworkAccessManager network;
        ReportUploader uploader(*phone.store, network, [] { return true; }, [] { return QDate(2026, 3, 1); },
                                UploadDelays::none());
        uploader.setStatsUrl(hanging.url());
        uploader.start();
        REQUIRE(QTest::qWaitFor([&hanging] { return hanging.requests().size() == 1; }, 5000));
    }  // the app is gone before any answer
    CHECK(phone.waitingIds() == ids);

    FlakyStatsServer server;
    QNetworkAccessManager network;
    ReportUploader uploader(*phone.store, network, [] { return true; }, [] { return QDate(2026, 3, 1); },
                            UploadDelays::none());
    uploader.setStatsUrl(server.url());
    QSignalSpy finished(&uploader, &ReportUploader::finished);
    uploader.start();
    REQUIRE(finished.wait(10'000));
    CHECK(server.arrived() == ids);
    CHECK(phone.waitingIds().isEmpty());
}

TEST_CASE("switching statistics off stops sending before the very next report")
{
    FlakyStatsServer server;
    Sending sending(server.url());
    sending.phone.useForWeeks(3);
    QObject::connect(sending.uploader.get(), &ReportUploader::reportDelivered, [&] { sending.allowed = false; });

    sending.sendAll();

    CHECK(server.http().connectionCount() == 1);
    CHECK(sending.phone.store->pendingReports()->size() == 2);
}

TEST_CASE("without an address nothing is sent, nothing is lost, and sending ends at once")
{
    FlakyStatsServer server;
    Sending sending(QUrl{});
    sending.phone.useForWeeks(2);

    sending.sendAll();

    CHECK(server.http().connectionCount() == 0);
    CHECK(sending.phone.store->pendingReports()->size() == 2);
}

TEST_CASE("trying each report once (upload-now) leaves failed ones waiting and says why")
{
    FlakyStatsServer server([](int) { return Trouble::ServerError; });
    Sending sending(server.url());
    sending.phone.useForWeeks(3);
    const QStringList ids = sending.phone.waitingIds();

    sending.sendAll(ReportUploader::Mode::OneAttemptEach);

    CHECK(server.arrived() == ids);
    CHECK(sending.uploader->tally().failed == 3);
    CHECK(sending.uploader->tally().lastProblem.contains(QStringLiteral("HTTP 500")));
    CHECK(sending.phone.waitingIds() == ids);
}
