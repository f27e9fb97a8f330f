#include "catchqtstrings.h"
#include "smallregistry.h"
#include "core/statisticsrecorder.h"
#include "storage/appschema.h"
#include "storage/database.h"
#include "storage/sqlitestatisticsstore.h"

#include <catch2/catch.hpp>

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
