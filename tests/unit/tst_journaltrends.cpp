#include "catchqtstrings.h"
#include "core/journaltrends.h"

#include <catch2/catch.hpp>

#include <QDateTime>

using namespace cg;

namespace Catch {

template<>
struct StringMaker<JournalTally> {
    static std::string convert(const JournalTally &tally)
    {
        return tally.key.toStdString() + "=" + std::to_string(tally.count);
    }
};

template<>
struct StringMaker<JournalWeek> {
    static std::string convert(const JournalWeek &week)
    {
        return "{" + week.firstDay.toString(Qt::ISODate).toStdString() + " arguments " + std::to_string(week.arguments)
            + " good days " + std::to_string(week.goodDays) + " heat " + std::to_string(week.averageHeat) + "}";
    }
};

} // namespace Catch

namespace {

// A Wednesday in June, far from any clock change.
const QDate kToday(2024, 6, 19);

QDateTime localAt(QDate day, int hour = 12, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute));  // local time
}

JournalEntry argumentAt(const QDateTime &when)
{
    JournalEntry entry;
    entry.kind = JournalEntry::Kind::Argument;
    entry.when = when;
    entry.withWhom = QStringLiteral("partner");
    entry.how = QStringLiteral("face-to-face");
    entry.heat = 3;
    entry.ending = QStringLiteral("unresolved");
    return entry;
}

JournalEntry argumentOn(QDate day) { return argumentAt(localAt(day)); }

JournalEntry goodDayOn(QDate day)
{
    JournalEntry entry;
    entry.kind = JournalEntry::Kind::GoodDay;
    entry.when = localAt(day);
    return entry;
}

JournalEntry withHeat(JournalEntry entry, int heat)
{
    entry.heat = heat;
    return entry;
}

JournalEntry withEnding(JournalEntry entry, const char *ending)
{
    entry.ending = QString::fromLatin1(ending);
    return entry;
}

JournalEntry about(JournalEntry entry, const QStringList &topics)
{
    entry.about = topics;
    return entry;
}

JournalEntry how(JournalEntry entry, const char *channel)
{
    entry.how = QString::fromLatin1(channel);
    return entry;
}

QList<JournalTally> tallies(std::initializer_list<std::pair<const char *, int>> counts)
{
    QList<JournalTally> list;
    for (const auto &[key, count] : counts)
        list.append({QString::fromLatin1(key), count});
    return list;
}

} // namespace

TEST_CASE("no weeks gives empty trends")
{
    const QList<JournalEntry> entries{argumentOn(kToday), goodDayOn(kToday)};
    for (int weeks : {0, -1}) {
        INFO(weeks);
        const JournalTrends trends = journalTrends(entries, kToday, weeks);
        CHECK(trends.weeks == 0);
        CHECK(trends.arguments == 0);
        CHECK(trends.goodDays == 0);
        CHECK(trends.argumentsPerWeek == 0);
        CHECK(trends.byWeek.isEmpty());
        CHECK(trends.topics.isEmpty());
        CHECK(trends.channels.isEmpty());
        CHECK(trends.timesOfDay.isEmpty());
    }
}

TEST_CASE("no entries gives zero counts but every week block")
{
    const JournalTrends trends = journalTrends({}, kToday, 2);
    CHECK(trends.weeks == 2);
    CHECK(trends.arguments == 0);
    CHECK(trends.goodDays == 0);
    CHECK(trends.averageHeat == 0);
    CHECK(trends.sortedOutShare() == 0);
    CHECK(trends.childrenPresentShare() == 0);
    CHECK(trends.byWeek.size() == 2);
}

TEST_CASE("the period is the 7 * weeks days ending with today")
{
    const QDate firstDay = kToday.addDays(-6);  // one week

    SECTION("the first day is counted, from its first minute")
    {
        CHECK(journalTrends({argumentAt(localAt(firstDay, 0, 0))}, kToday, 1).arguments == 1);
    }
    SECTION("the day before is not, even at its last minute")
    {
        CHECK(journalTrends({argumentAt(localAt(firstDay.addDays(-1), 23, 59))}, kToday, 1).arguments == 0);
    }
    SECTION("today is counted, to its last minute")
    {
        CHECK(journalTrends({argumentAt(localAt(kToday, 23, 59))}, kToday, 1).arguments == 1);
    }
    SECTION("tomorrow is not")
    {
        CHECK(journalTrends({argumentAt(localAt(kToday.addDays(1), 0, 0))}, kToday, 1).arguments == 0);
    }
    SECTION("good days follow the same period")
    {
        const QList<JournalEntry> entries{goodDayOn(firstDay.addDays(-1)), goodDayOn(firstDay), goodDayOn(kToday),
                                          goodDayOn(kToday.addDays(1))};
        CHECK(journalTrends(entries, kToday, 1).goodDays == 2);
    }
    SECTION("more weeks reach further back")
    {
        const QDate firstOfFour = kToday.addDays(-27);
        const QList<JournalEntry> entries{argumentOn(firstOfFour.addDays(-1)), argumentOn(firstOfFour),
                                          argumentOn(kToday)};
        const JournalTrends trends = journalTrends(entries, kToday, 4);
        CHECK(trends.weeks == 4);
        CHECK(trends.arguments == 2);
        CHECK(trends.argumentsPerWeek == 0.5);
    }
}

TEST_CASE("the period follows the local date, not the UTC one")
{
    // The same instant as a local late-evening time, held in a zone at least 10 hours away: its
    // date or hour there differs, but the parent lived it at the local time.
    const QDateTime local = localAt(kToday, 23, 30);
    const int localOffset = local.offsetFromUtc();
    const int farOffset = localOffset <= 0 ? localOffset + 10 * 3600 : localOffset - 10 * 3600;
    const QDateTime elsewhere = local.toOffsetFromUtc(farOffset);
    REQUIRE(elsewhere == local);
    REQUIRE((elsewhere.date() != kToday || elsewhere.time().hour() != 23));

    const JournalTrends trends = journalTrends({argumentAt(elsewhere)}, kToday, 1);
    CHECK(trends.arguments == 1);
    CHECK(trends.timesOfDay == tallies({{"night", 1}}));

    // Early tomorrow morning, local time, is outside even if it is still today elsewhere.
    const QDateTime tomorrow = localAt(kToday.addDays(1), 0, 30);
    const QDateTime west = tomorrow.toOffsetFromUtc(qMax(-14 * 3600, tomorrow.offsetFromUtc() - 10 * 3600));
    REQUIRE(west.date() == kToday);
    CHECK(journalTrends({argumentAt(west)}, kToday, 1).arguments == 0);
}

TEST_CASE("each week block is 7 days, oldest first, the last ending today")
{
    const QDate first = kToday.addDays(-20);  // three weeks
    const QList<JournalEntry> entries{
        // Any order.
        argumentOn(kToday),
        argumentOn(first),
        withHeat(argumentOn(first.addDays(6)), 5),  // last day of week 1
        argumentOn(first.addDays(7)),               // first day of week 2
        goodDayOn(first.addDays(13)),               // last day of week 2
        goodDayOn(kToday.addDays(-6)),              // first day of week 3
        goodDayOn(kToday),
    };
    const JournalTrends trends = journalTrends(entries, kToday, 3);
    const QList<JournalWeek> expected{
        {first, 2, 0, 4.0},
        {first.addDays(7), 1, 1, 3.0},
        {first.addDays(14), 1, 2, 3.0},
    };
    CHECK(trends.byWeek == expected);
    CHECK(trends.byWeek.last().firstDay.addDays(6) == kToday);
    CHECK(trends.arguments == 4);
    CHECK(trends.goodDays == 3);
}

TEST_CASE("a week with nothing in it keeps its place")
{
    const QList<JournalEntry> entries{argumentOn(kToday.addDays(-13)), argumentOn(kToday)};
    const JournalTrends trends = journalTrends(entries, kToday, 3);
    REQUIRE(trends.byWeek.size() == 3);
    CHECK(trends.byWeek[0] == JournalWeek{kToday.addDays(-20), 0, 0, 0.0});
    CHECK(trends.byWeek[1].arguments == 1);
    CHECK(trends.byWeek[2].arguments == 1);
}

TEST_CASE("arguments per week is the arguments over the weeks")
{
    const QList<JournalEntry> entries{argumentOn(kToday), argumentOn(kToday.addDays(-1)), argumentOn(kToday.addDays(-8))};
    CHECK(journalTrends(entries, kToday, 2).argumentsPerWeek == 1.5);
    CHECK(journalTrends(entries, kToday, 1).argumentsPerWeek == 2.0);
}

TEST_CASE("average heat leaves out arguments without a heat")
{
    const QList<JournalEntry> entries{
        withHeat(argumentOn(kToday), 2),
        withHeat(argumentOn(kToday), 5),
        withHeat(argumentOn(kToday), 0),                 // not given
        withHeat(argumentOn(kToday), 6),                 // out of range
        withHeat(argumentOn(kToday), -1),                // out of range
        withHeat(argumentOn(kToday.addDays(-7)), 0),     // last week, the only one, no heat
    };
    const JournalTrends trends = journalTrends(entries, kToday, 2);
    CHECK(trends.arguments == 6);
    CHECK(trends.averageHeat == 3.5);
    REQUIRE(trends.byWeek.size() == 2);
    CHECK(trends.byWeek[0].arguments == 1);
    CHECK(trends.byWeek[0].averageHeat == 0);
    CHECK(trends.byWeek[1].averageHeat == 3.5);

    CHECK(journalTrends({withHeat(argumentOn(kToday), 0)}, kToday, 1).averageHeat == 0);
    CHECK(journalTrends({withHeat(argumentOn(kToday), 1), withHeat(argumentOn(kToday), 5)}, kToday, 1).averageHeat
          == 3.0);
}

TEST_CASE("sorted out means sorted out or made up later")
{
    const QList<JournalEntry> entries{
        withEnding(argumentOn(kToday), "sorted-out"),
        withEnding(argumentOn(kToday), "made-up-later"),
        withEnding(argumentOn(kToday), "agreed-to-differ"),
        withEnding(argumentOn(kToday), "unresolved"),
        withEnding(argumentOn(kToday), "walked-away"),
        withEnding(argumentOn(kToday), ""),
        withEnding(argumentOn(kToday), "something-new"),
        withEnding(argumentOn(kToday), "sorted-out"),
    };
    const JournalTrends trends = journalTrends(entries, kToday, 1);
    CHECK(trends.sortedOut == 3);
    CHECK(trends.sortedOutShare() == 3.0 / 8);
}

TEST_CASE("children present means there, saw or heard")
{
    JournalEntry there = argumentOn(kToday);
    there.childrenThere = true;
    JournalEntry saw = argumentOn(kToday);
    saw.childrenSaw = true;
    JournalEntry heard = argumentOn(kToday);
    heard.childrenHeard = true;
    JournalEntry all = argumentOn(kToday);
    all.childrenThere = all.childrenSaw = all.childrenHeard = true;
    const JournalEntry none = argumentOn(kToday);

    for (const JournalEntry &entry : {there, saw, heard, all}) {
        const JournalTrends trends = journalTrends({entry}, kToday, 1);
        CHECK(trends.childrenPresent == 1);
        CHECK(trends.childrenPresentShare() == 1.0);
    }
    CHECK(journalTrends({none}, kToday, 1).childrenPresent == 0);

    const JournalTrends trends = journalTrends({there, saw, heard, all, none}, kToday, 1);
    CHECK(trends.childrenPresent == 4);
    CHECK(trends.childrenPresentShare() == 0.8);
}

TEST_CASE("good days are not counted as arguments")
{
    JournalEntry good = goodDayOn(kToday);
    // Even with the fields of an argument filled in, as an older or odd entry might have.
    good.heat = 5;
    good.about = QStringList{QStringLiteral("money")};
    good.how = QStringLiteral("text-or-messages");
    good.ending = QStringLiteral("sorted-out");
    good.childrenThere = true;

    const JournalTrends trends = journalTrends({good, withHeat(argumentOn(kToday), 1)}, kToday, 1);
    CHECK(trends.goodDays == 1);
    CHECK(trends.arguments == 1);
    CHECK(trends.argumentsPerWeek == 1.0);
    CHECK(trends.averageHeat == 1.0);
    CHECK(trends.sortedOut == 0);
    CHECK(trends.childrenPresent == 0);
    CHECK(trends.topics.isEmpty());
    CHECK(trends.channels == tallies({{"face-to-face", 1}}));
    CHECK(trends.timesOfDay == tallies({{"afternoon", 1}}));
    REQUIRE(trends.byWeek.size() == 1);
    CHECK(trends.byWeek[0].goodDays == 1);
    CHECK(trends.byWeek[0].arguments == 1);
    CHECK(trends.byWeek[0].averageHeat == 1.0);
}

TEST_CASE("topics are counted most first, ties in choice order, new keys last alphabetically")
{
    const QList<JournalEntry> entries{
        about(argumentOn(kToday), {QStringLiteral("work"), QStringLiteral("zzz-new")}),
        about(argumentOn(kToday), {QStringLiteral("work"), QStringLiteral("other"), QStringLiteral("aaa-new")}),
        about(argumentOn(kToday), {QStringLiteral("chores"), QStringLiteral("money")}),
        about(argumentOn(kToday), {QStringLiteral("money"), QStringLiteral("parenting")}),
        about(argumentOn(kToday), {QStringLiteral("parenting"), QStringLiteral("money")}),
        about(argumentOn(kToday), {}),
        about(goodDayOn(kToday), {QStringLiteral("intimacy")}),                 // a good day: not counted
        about(argumentOn(kToday.addDays(-7)), {QStringLiteral("intimacy")}),    // outside the period
    };
    const JournalTrends trends = journalTrends(entries, kToday, 1);
    CHECK(trends.topics
          == tallies({{"money", 3}, {"parenting", 2}, {"work", 2}, {"chores", 1}, {"other", 1}, {"aaa-new", 1},
                      {"zzz-new", 1}}));
}

TEST_CASE("a topic named twice in one argument counts once")
{
    const JournalEntry twice = about(argumentOn(kToday), {QStringLiteral("money"), QStringLiteral("money")});
    CHECK(journalTrends({twice}, kToday, 1).topics == tallies({{"money", 1}}));
}

TEST_CASE("channels are counted most first, ties in choice order, empty ones skipped")
{
    const QList<JournalEntry> entries{
        how(argumentOn(kToday), "phone-or-video"),
        how(argumentOn(kToday), "face-to-face"),
        how(argumentOn(kToday), "text-or-messages"),
        how(argumentOn(kToday), "text-or-messages"),
        how(argumentOn(kToday), ""),
        how(argumentOn(kToday), "carrier-pigeon"),
    };
    const JournalTrends trends = journalTrends(entries, kToday, 1);
    CHECK(trends.channels
          == tallies({{"text-or-messages", 2}, {"face-to-face", 1}, {"phone-or-video", 1}, {"carrier-pigeon", 1}}));
}

TEST_CASE("times of day follow the local clock")
{
    const struct {
        int hour;
        int minute;
        const char *part;
    } cases[] = {
        {0, 0, "night"},        {4, 59, "night"},     {5, 0, "morning"},    {11, 59, "morning"},
        {12, 0, "afternoon"},   {16, 59, "afternoon"}, {17, 0, "evening"},  {21, 59, "evening"},
        {22, 0, "night"},       {23, 59, "night"},
    };
    for (const auto &c : cases) {
        INFO(c.hour << ":" << c.minute);
        const JournalTrends trends = journalTrends({argumentAt(localAt(kToday, c.hour, c.minute))}, kToday, 1);
        CHECK(trends.timesOfDay == tallies({{c.part, 1}}));
    }
}

TEST_CASE("times of day are counted most first, ties in the order of the day")
{
    const QList<JournalEntry> entries{
        argumentAt(localAt(kToday, 23)),
        argumentAt(localAt(kToday, 19)),
        argumentAt(localAt(kToday, 8)),
        argumentAt(localAt(kToday.addDays(-1), 20)),
        goodDayOn(kToday),  // noon, but a good day
    };
    const JournalTrends trends = journalTrends(entries, kToday, 1);
    CHECK(trends.timesOfDay == tallies({{"evening", 2}, {"morning", 1}, {"night", 1}}));
}
