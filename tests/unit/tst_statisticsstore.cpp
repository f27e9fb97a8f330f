#include "catchqtstrings.h"
#include "smallregistry.h"
#include "core/statisticsrecorder.h"
#include "core/weeklyreport.h"
#include "core/weeklyreporter.h"
#include "storage/appschema.h"
#include "storage/database.h"
#include "storage/sqlitestatisticsstore.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>

using namespace cg;

namespace {


struct Counting {
    Database db;
    std::unique_ptr<SqliteStatisticsStore> store;
    MetricRegistry made = smallRegistry();
    bool consent = true;
    QDate today{2026, 11, 23};
    std::unique_ptr<StatisticsRecorder> recorder;

    Counting()
    {
        REQUIRE(db.open(QStringLiteral(":memory:"), appMigrations()));
        store = std::make_unique<SqliteStatisticsStore>(db.connection());
        recorder = std::make_unique<StatisticsRecorder>(made, *store, [this] { return consent; }, [this] { return today; });
    }
};

const QHash<QString, QString> kCrisis{{QStringLiteral("category"), QStringLiteral("mediation")},
                                      {QStringLiteral("tier"), QStringLiteral("crisis")}};
const QHash<QString, QString> kSelfHelp{{QStringLiteral("category"), QStringLiteral("mediation")},
                                        {QStringLiteral("tier"), QStringLiteral("self-help")}};

} // namespace

TEST_CASE("without consent nothing is counted at all")
{
    Counting counting;
    counting.consent = false;
    CHECK_FALSE(counting.recorder->count(QStringLiteral("app.active")));
    CHECK(counting.store->weeks()->isEmpty());
}

TEST_CASE("counts gather by ISO week, never past a metric's weekly most, and each week reads back alone")
{
    Counting counting;
    REQUIRE(counting.recorder->count(QStringLiteral("app.active")));
    REQUIRE(counting.recorder->count(QStringLiteral("app.active")));
    for (int i = 0; i < 5; ++i)
        REQUIRE(counting.recorder->count(QStringLiteral("service.viewed"), kCrisis));
    counting.today = QDate(2026, 11, 30);  // the next Monday
    REQUIRE(counting.recorder->count(QStringLiteral("service.viewed"), kSelfHelp));
    CHECK(counting.store->weeks() == QStringList{QStringLiteral("2026-W48"), QStringLiteral("2026-W49")});
    CHECK(counting.store->countsFor(QStringLiteral("2026-W48"))
          == QList<WeeklyCount>{{QStringLiteral("app.active"), {}, 1}, {QStringLiteral("service.viewed"), kCrisis, 3}});
    CHECK(counting.store->countsFor(QStringLiteral("2026-W49"))->size() == 1);
    REQUIRE(counting.store->removeWeek(QStringLiteral("2026-W48")));
    CHECK(counting.store->weeks() == QStringList{QStringLiteral("2026-W49")});
    REQUIRE(counting.recorder->forgetAll());
    CHECK(counting.store->weeks()->isEmpty());
}

TEST_CASE("a count the registry does not allow is refused and nothing is kept")
{
    Counting counting;
    CHECK_FALSE(counting.recorder->count(QStringLiteral("journal.words")));
    CHECK_FALSE(counting.recorder->count(QStringLiteral("service.viewed"),
                                         {{QStringLiteral("category"), QStringLiteral("mediation")}, {QStringLiteral("tier"), QStringLiteral("Venus")}}));
    CHECK_FALSE(counting.recorder->count(QStringLiteral("service.viewed")));
    CHECK_FALSE(counting.recorder->count(QStringLiteral("app.active"), kCrisis));
    CHECK(counting.store->weeks()->isEmpty());
}

namespace {

// Counts `metric` once on `day`.
void countOn(Counting &counting, QDate day, const QString &metric = QStringLiteral("app.active"),
             const QHash<QString, QString> &labels = {})
{
    counting.today = day;
    REQUIRE(counting.recorder->count(metric, labels));
}

QString numberedId(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

} // namespace

TEST_CASE("each finished week becomes one report of its own counts, with a fresh id, and this week waits")
{
    Counting counting;
    countOn(counting, QDate(2026, 11, 10));                                         // 2026-W46
    countOn(counting, QDate(2026, 11, 17), QStringLiteral("service.viewed"), kCrisis);  // 2026-W47
    countOn(counting, QDate(2026, 11, 23));                                         // this week, W48
    int ids = 0;
    WeeklyReporter reporter(counting.made, *counting.store, [&ids] { return numberedId(++ids); });
    REQUIRE(reporter.fileFinishedWeeks(QDate(2026, 11, 24), QStringLiteral("E08000014"), QStringLiteral("0.1")));
    const auto pending = counting.store->pendingReports();
    REQUIRE(pending);
    REQUIRE(pending->size() == 2);
    CHECK(pending->at(0).week == QStringLiteral("2026-W46"));
    CHECK(pending->at(0).reportId == numberedId(1));
    CHECK(pending->at(1).reportId == numberedId(2));
    const QJsonObject second = QJsonDocument::fromJson(pending->at(1).body).object();
    CHECK_FALSE(reportProblem(counting.made, second));
    CHECK(second.value(QStringLiteral("week")) == QJsonValue(QStringLiteral("2026-W47")));
    CHECK(second.value(QStringLiteral("counts")).toArray().size() == 1);  // that week's only
    CHECK(second.value(QStringLiteral("area")) == QJsonValue(QStringLiteral("E08000014")));
    CHECK(counting.store->weeks() == QStringList{QStringLiteral("2026-W48")});
    // Filing again changes nothing: each week is reported once.
    REQUIRE(reporter.fileFinishedWeeks(QDate(2026, 11, 25), QStringLiteral("E08000014"), QStringLiteral("0.1")));
    CHECK(counting.store->pendingReports()->size() == 2);
    // --upload-now counts this week as finished.
    REQUIRE(reporter.fileFinishedWeeks(QDate(2026, 11, 25), QString(), QStringLiteral("0.1"), true));
    CHECK(counting.store->pendingReports()->size() == 3);
    CHECK(counting.store->weeks()->isEmpty());
}

TEST_CASE("a week whose report cannot be filed keeps its counts, so nothing is lost or sent twice")
{
    Counting counting;
    countOn(counting, QDate(2026, 11, 10));
    countOn(counting, QDate(2026, 11, 17));
    // The same id twice: the outbox refuses the second, as a broken write would.
    WeeklyReporter reporter(counting.made, *counting.store, [] { return numberedId(7); });
    CHECK_FALSE(reporter.fileFinishedWeeks(QDate(2026, 11, 24), QString(), QStringLiteral("0.1")));
    CHECK_FALSE(reporter.error().isEmpty());
    CHECK(counting.store->pendingReports()->size() == 1);
    CHECK(counting.store->weeks() == QStringList{QStringLiteral("2026-W47")});
}

TEST_CASE("the outbox keeps at most its bound, dropping and counting the oldest, and switching off empties it")
{
    Counting counting;
    int ids = 0;
    WeeklyReporter reporter(counting.made, *counting.store, [&ids] { return numberedId(++ids); });
    const QDate first(2026, 1, 5);  // 2026-W02
    for (int week = 0; week < WeeklyReporter::outboxBound + 4; ++week)
        countOn(counting, first.addDays(7 * week));
    REQUIRE(reporter.fileFinishedWeeks(first.addDays(7 * 40), QString(), QStringLiteral("0.1")));
    const auto pending = counting.store->pendingReports();
    REQUIRE(pending->size() == WeeklyReporter::outboxBound);
    CHECK(pending->first().week == QStringLiteral("2026-W06"));  // W02 to W05 went first
    CHECK(counting.store->droppedCount() == 4);
    countOn(counting, first.addDays(7 * 41));
    REQUIRE(counting.recorder->forgetAll());
    CHECK(counting.store->pendingReports()->isEmpty());
    CHECK(counting.store->weeks()->isEmpty());
}

TEST_CASE("counts from a week after today (a clock set back) wait until that week has passed")
{
    Counting counting;
    countOn(counting, QDate(2026, 12, 1));
    WeeklyReporter reporter(counting.made, *counting.store, [] { return randomReportId(); });
    REQUIRE(reporter.fileFinishedWeeks(QDate(2026, 11, 1), QString(), QStringLiteral("0.1"), true));
    CHECK(counting.store->pendingReports()->isEmpty());
    REQUIRE(reporter.fileFinishedWeeks(QDate(2026, 12, 8), QString(), QStringLiteral("0.1")));
    REQUIRE(counting.store->pendingReports()->size() == 1);
    CHECK_FALSE(reportProblem(counting.made, QJsonDocument::fromJson(counting.store->pendingReports()->first().body).object()));
}

TEST_CASE("a report the server took moves to the sent list exactly as it went, newest kept, and switching off forgets it")
{
    Counting counting;
    int ids = 0;
    WeeklyReporter reporter(counting.made, *counting.store, [&ids] { return numberedId(++ids); });
    const QDate first(2026, 1, 5);  // 2026-W02
    for (int week = 0; week < 4; ++week)
        countOn(counting, first.addDays(7 * week));
    REQUIRE(reporter.fileFinishedWeeks(first.addDays(7 * 10), QString(), QStringLiteral("0.1")));
    const QList<PendingReport> pending = *counting.store->pendingReports();
    REQUIRE(pending.size() == 4);

    for (const PendingReport &report : pending)
        REQUIRE(counting.store->markSent(report.reportId, QDate(2026, 3, 20), 3));
    CHECK(counting.store->pendingReports()->isEmpty());
    const QList<SentReport> sent = *counting.store->sentReports();
    REQUIRE(sent.size() == 3);  // the oldest week went beyond the 3 kept
    CHECK(sent.first().report == pending.last());  // newest first, the very bytes that went
    CHECK(sent.last().report == pending.at(1));
    CHECK(sent.first().sentOn == QDate(2026, 3, 20));
    // An id the outbox does not hold (already moved) changes nothing.
    REQUIRE(counting.store->markSent(pending.last().reportId, QDate(2026, 3, 21), 3));
    CHECK(*counting.store->sentReports() == sent);

    REQUIRE(counting.recorder->forgetAll());
    CHECK(counting.store->sentReports()->isEmpty());
}

TEST_CASE("a week filed early never reports more than a metric's weekly most in total when the rest of it is filed")
{
    Counting counting;
    WeeklyReporter reporter(counting.made, *counting.store, [] { return randomReportId(); });
    const QDate monday(2026, 11, 23);
    countOn(counting, monday);                                                 // app.active, most 1
    countOn(counting, monday, QStringLiteral("service.viewed"), kSelfHelp);    // most 3
    countOn(counting, monday, QStringLiteral("service.viewed"), kSelfHelp);
    REQUIRE(reporter.fileFinishedWeeks(monday, QString(), QStringLiteral("0.1"), true));  // as --upload-now does

    countOn(counting, monday.addDays(2));
    countOn(counting, monday.addDays(2), QStringLiteral("service.viewed"), kSelfHelp);
    countOn(counting, monday.addDays(2), QStringLiteral("service.viewed"), kSelfHelp);
    REQUIRE(reporter.fileFinishedWeeks(monday.addDays(7), QString(), QStringLiteral("0.1")));

    const QList<PendingReport> reports = *counting.store->pendingReports();
    REQUIRE(reports.size() == 2);
    const QJsonArray later = QJsonDocument::fromJson(reports.at(1).body).object().value(QStringLiteral("counts")).toArray();
    INFO(reports.at(1).body.toStdString());
    // "Used this week" was already said; only one more view fits under the weekly most of 3.
    REQUIRE(later.size() == 1);
    CHECK(later.first().toObject().value(QStringLiteral("metric")).toString() == QStringLiteral("service.viewed"));
    CHECK(later.first().toObject().value(QStringLiteral("value")).toInt() == 1);
}
