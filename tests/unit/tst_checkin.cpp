#include "catchqtstrings.h"
#include "core/checkin.h"
#include "core/checkinprogress.h"

#include <catch2/catch.hpp>

using namespace cg;

namespace {

CheckInDefinition definition()
{
    CheckInDefinition made;
    made.stages = {{QStringLiteral("start"), 0, {}}, {QStringLiteral("4-weeks"), 28, {}},
                   {QStringLiteral("3-months"), 91, {}}, {QStringLiteral("6-months"), 182, {}}};
    made.bandThreshold = 1;
    made.items = {{QStringLiteral("sorted-out"), {}, {},
                   {{QStringLiteral("We did not disagree"), std::nullopt, false},
                    {QStringLiteral("Always"), 4, false},
                    {QStringLiteral("Mostly"), 3, false},
                    {QStringLiteral("Sometimes"), 2, false},
                    {QStringLiteral("Never"), 0, false}}}};
    return made;
}

CheckInRecord answered(int answer)
{
    return {QDate(2026, 3, 1), QStringLiteral("start"), {{QStringLiteral("sorted-out"), answer}}};
}

QString due(QDate firstUse, QDate today, const QStringList &done)
{
    const std::optional<CheckInStage> stage = dueStage(definition(), firstUse, today, done);
    return stage ? stage->id : QStringLiteral("nothing");
}

const QDate kFirstUse(2026, 3, 1);

} // namespace

TEST_CASE("an answer scores what the content says, and a skipped or impossible answer scores nothing")
{
    const CheckInItem item = definition().items.first();
    CHECK(itemScore(item, answered(1)) == 4);
    CHECK(itemScore(item, answered(4)) == 0);
    CHECK_FALSE(itemScore(item, answered(0)));   // "we did not disagree": nothing to measure
    CHECK_FALSE(itemScore(item, answered(9)));   // an answer a newer version had
    CHECK_FALSE(itemScore(item, answered(-1)));
    CHECK_FALSE(itemScore(item, CheckInRecord{}));  // skipped
}

TEST_CASE("check-ins fall due at the start, after 4 weeks and at 3 and 6 months, never as a backlog")
{
    CHECK(due(kFirstUse, kFirstUse, {}) == QStringLiteral("start"));
    // Skipped at first use: the first check-in is still the starting point, whenever it is.
    CHECK(due(kFirstUse, kFirstUse.addDays(40), {}) == QStringLiteral("start"));
    const QStringList started{QStringLiteral("start")};
    CHECK(due(kFirstUse, kFirstUse.addDays(27), started) == QStringLiteral("nothing"));
    CHECK(due(kFirstUse, kFirstUse.addDays(28), started) == QStringLiteral("4-weeks"));
    CHECK(due(kFirstUse, kFirstUse.addDays(90), started) == QStringLiteral("4-weeks"));
    // Four weeks missed: at 3 months only the 3-month one is asked for.
    CHECK(due(kFirstUse, kFirstUse.addDays(91), started) == QStringLiteral("3-months"));
    CHECK(due(kFirstUse, kFirstUse.addDays(200), started + QStringList{QStringLiteral("3-months")})
          == QStringLiteral("6-months"));
    CHECK(due(kFirstUse, kFirstUse.addDays(400), {QStringLiteral("start"), QStringLiteral("6-months")})
          == QStringLiteral("nothing"));
}

TEST_CASE("a phone clock set back before the start counts as day 0, and before any check-in the start is due")
{
    const QStringList started{QStringLiteral("start")};
    CHECK(due(kFirstUse, kFirstUse.addYears(-1), started) == QStringLiteral("nothing"));
    CHECK(due(kFirstUse, kFirstUse.addYears(-1), {}) == QStringLiteral("start"));
    CHECK(due(QDate(), kFirstUse, {}) == QStringLiteral("start"));  // the start day is the first check-in's
    CHECK(due(QDate(), kFirstUse, started) == QStringLiteral("nothing"));
}

TEST_CASE("change is banded better, same or worse from the starting check-in, and only where both have a score")
{
    const CheckInDefinition made = definition();
    const CheckInItem &item = made.items.first();
    CHECK(bandedChange(made, item, answered(3), answered(1)) == Band::Better);  // sometimes → always
    CHECK(bandedChange(made, item, answered(2), answered(4)) == Band::Worse);   // mostly → never
    CHECK(bandedChange(made, item, answered(2), answered(2)) == Band::Same);
    CHECK_FALSE(bandedChange(made, item, answered(0), answered(2)));  // nothing to compare with
    CheckInDefinition strict = made;
    strict.bandThreshold = 2;
    CHECK(bandedChange(strict, item, answered(3), answered(2)) == Band::Same);  // one point is within 2
    CHECK(bandKey(Band::Better) == QStringLiteral("better"));
    CHECK(bandKey(Band::Same) == QStringLiteral("same"));
    CHECK(bandKey(Band::Worse) == QStringLiteral("worse"));
}

TEST_CASE("once a later stage is done an earlier one is never due, even with the clock set back")
{
    const QStringList sixMonthsDone{QStringLiteral("start"), QStringLiteral("6-months")};
    CHECK(due(kFirstUse, kFirstUse.addDays(30), sixMonthsDone) == QStringLiteral("nothing"));
    CHECK(due(kFirstUse, kFirstUse.addDays(100), {QStringLiteral("start"), QStringLiteral("3-months")})
          == QStringLiteral("nothing"));
}

TEST_CASE("the next reminder is the day the next stage not done falls due, and none before the start or after the last")
{
    const CheckInDefinition made = definition();
    const QStringList started{QStringLiteral("start")};
    CHECK(nextStageDay(made, kFirstUse, kFirstUse, started) == kFirstUse.addDays(28));
    CHECK(nextStageDay(made, kFirstUse, kFirstUse.addDays(28), started) == kFirstUse.addDays(91));
    CHECK(nextStageDay(made, kFirstUse, kFirstUse.addDays(100), started + QStringList{QStringLiteral("3-months")})
          == kFirstUse.addDays(182));
    CHECK_FALSE(nextStageDay(made, kFirstUse, kFirstUse.addDays(200), started));
    CHECK_FALSE(nextStageDay(made, QDate(), kFirstUse, {}));  // not started: Home offers the first
}

TEST_CASE("the bands offered to statistics name the stage and measure only, and none for a check-in of the parent's choosing")
{
    const CheckInDefinition made = definition();
    CheckInRecord later = answered(1);
    later.stage = QStringLiteral("4-weeks");
    CHECK(bandedChanges(made, answered(3), later)
          == QList<BandedChange>{{QStringLiteral("4-weeks"), QStringLiteral("sorted-out"), Band::Better}});
    later.stage.clear();
    CHECK(bandedChanges(made, answered(3), later).isEmpty());
    later.stage = QStringLiteral("4-weeks");
    CHECK(bandedChanges(made, answered(0), later).isEmpty());  // nothing to compare with
}

TEST_CASE("a check-in comes back from its sealed JSON as it was, and anything else is refused")
{
    CheckInRecord record = answered(2);
    record.answers.insert(QStringLiteral("wellbeing"), 0);
    CHECK(checkInRecordFromJson(checkInRecordToJson(record)) == std::optional<CheckInRecord>(record));
    QJsonObject noDate = checkInRecordToJson(record);
    noDate.remove(QStringLiteral("taken_on"));
    CHECK_FALSE(checkInRecordFromJson(noDate));
    QJsonObject wordAnswer = checkInRecordToJson(record);
    wordAnswer.insert(QStringLiteral("answers"), QJsonObject{{QStringLiteral("sorted-out"), QStringLiteral("Always")}});
    CHECK_FALSE(checkInRecordFromJson(wordAnswer));
    CHECK_FALSE(checkInRecordFromJson(QJsonObject{}));
}

TEST_CASE("progress per measure runs from the first scored answer to the latest, passing over skipped ones")
{
    const CheckInDefinition made = definition();
    CheckInRecord notArguing = answered(0);  // "we did not disagree": shown, but nothing to compare
    notArguing.takenOn = QDate(2026, 2, 20);
    CheckInRecord start = answered(3);       // sometimes
    CheckInRecord skipped{QDate(2026, 3, 20), QStringLiteral("4-weeks"), {}};
    CheckInRecord later = answered(2);       // mostly
    later.takenOn = QDate(2026, 6, 1);
    const QList<MeasureProgress> progress = measureProgress(made, {notArguing, start, skipped, later});
    REQUIRE(progress.size() == 1);
    const MeasureProgress &sortedOut = progress.first();
    REQUIRE(sortedOut.points.size() == 3);
    CHECK(sortedOut.points.at(0).answer == QStringLiteral("We did not disagree"));
    CHECK_FALSE(sortedOut.points.at(0).score);
    CHECK(sortedOut.points.at(2).score == 3);
    CHECK(sortedOut.since == QDate(2026, 3, 1));
    CHECK(sortedOut.change == Band::Better);
    // One scored answer is a starting point, not a change.
    CHECK_FALSE(measureProgress(made, {start}).first().change);
    CHECK(measureProgress(made, {}).first().points.isEmpty());
}
