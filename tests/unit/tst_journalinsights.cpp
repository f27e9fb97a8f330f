#include "catchqtstrings.h"
#include "core/journalinsights.h"

#include <catch2/catch.hpp>

using namespace cg;

namespace Catch {

template<>
struct StringMaker<JournalInsight> {
    static std::string convert(const JournalInsight &insight)
    {
        return "{" + insight.moduleId.toStdString() + ": \"" + insight.text.toStdString() + "\"}";
    }
};

} // namespace Catch

namespace {

const QDate kToday(2024, 6, 19);

JournalEntry argument(const char *how = "face-to-face", const char *withWhom = "partner")
{
    JournalEntry entry;
    entry.kind = JournalEntry::Kind::Argument;
    entry.when = QDateTime(kToday, QTime(12, 0));
    entry.how = QString::fromLatin1(how);
    entry.withWhom = QString::fromLatin1(withWhom);
    entry.heat = 2;
    entry.ending = QStringLiteral("sorted-out");
    return entry;
}

JournalEntry byText(const char *withWhom = "partner") { return argument("text-or-messages", withWhom); }

JournalEntry goodDay()
{
    JournalEntry entry;
    entry.kind = JournalEntry::Kind::GoodDay;
    entry.when = QDateTime(kToday, QTime(12, 0));
    return entry;
}

JournalEntry happened(JournalEntry entry, const QStringList &happenings)
{
    entry.happened = happenings;
    return entry;
}

// Trends that call for nothing on their own; each test sets only what it is about.
JournalTrends quietTrends(int arguments = 0)
{
    JournalTrends trends;
    trends.weeks = 4;
    trends.arguments = arguments;
    trends.sortedOut = arguments;
    trends.averageHeat = arguments ? 2 : 0;
    return trends;
}

QStringList guides(const QList<JournalInsight> &insights)
{
    QStringList ids;
    for (const JournalInsight &insight : insights)
        ids << insight.moduleId;
    return ids;
}

bool hasGuide(const QList<JournalInsight> &insights, const char *moduleId)
{
    return guides(insights).contains(QString::fromLatin1(moduleId));
}

} // namespace

TEST_CASE("nothing noted gives no insights")
{
    CHECK(journalInsights({}, JournalTrends{}).isEmpty());
    CHECK(journalInsights({argument(), argument()}, quietTrends(2)).isEmpty());
}

TEST_CASE("harm, fear or control points to the safety guide first")
{
    for (const char *happening : {"threats", "pushed-or-hurt", "felt-afraid", "stopped-seeing-people-or-using-money",
                                  "phone-checked-or-tracked"}) {
        INFO(happening);
        const QList<JournalEntry> recent{argument(), happened(argument(), {QString::fromLatin1(happening)}), argument()};
        const QList<JournalInsight> insights = journalInsights(recent, quietTrends(3));
        REQUIRE(insights.size() == 1);
        CHECK(insights.first().moduleId == QStringLiteral("conflict-or-abuse"));
        CHECK(insights.first().text.contains(QStringLiteral("not your fault")));
        CHECK(insights.first().text.contains(QStringLiteral("help is there")));
    }
}

TEST_CASE("an everyday row or a thrown thing alone does not open the safety guide")
{
    const QList<JournalEntry> recent{happened(argument(), {QStringLiteral("shouting-or-swearing")}),
                                     happened(argument(), {QStringLiteral("things-thrown-or-broken")})};
    CHECK_FALSE(hasGuide(journalInsights(recent, quietTrends(2)), "conflict-or-abuse"));
}

TEST_CASE("safety comes first and stops the insights about working on it together or calming down")
{
    // Everything fires: text arguments with a partner, money, children, heat, not sorted out,
    // good days.
    JournalTrends trends = quietTrends(5);
    trends.topics = {{QStringLiteral("money"), 3}};
    trends.childrenPresent = 5;
    trends.averageHeat = 4.5;
    trends.sortedOut = 0;
    trends.goodDays = 2;
    const QList<JournalEntry> everyday{byText(), byText(), byText(), byText(), byText(), goodDay(), goodDay()};

    SECTION("without a safety concern, in order")
    {
        CHECK(guides(journalInsights(everyday, trends))
              == QStringList{"arguing-better", "money-worries", "what-children-see-and-hear", "calming-down", ""});
    }
    SECTION("with one, the text, calming-down and not-sorted-out insights go, the rest stay")
    {
        QList<JournalEntry> recent = everyday;
        recent[0] = happened(recent[0], {QStringLiteral("felt-afraid")});
        CHECK(guides(journalInsights(recent, trends))
              == QStringList{"conflict-or-abuse", "money-worries", "what-children-see-and-hear", ""});
    }
    SECTION("with one and co-parent texts, neither the co-parent guide nor arguing better shows")
    {
        QList<JournalEntry> recent{byText("ex-or-co-parent"), byText("ex-or-co-parent"), byText("ex-or-co-parent")};
        recent << happened(argument(), {QStringLiteral("phone-checked-or-tracked")});
        const QList<JournalInsight> insights = journalInsights(recent, trends);
        CHECK_FALSE(hasGuide(insights, "talking-with-your-co-parent"));
        CHECK_FALSE(hasGuide(insights, "arguing-better"));
        CHECK(guides(insights).first() == QStringLiteral("conflict-or-abuse"));
    }
    SECTION("a safety concern on any entry counts, even the oldest")
    {
        QList<JournalEntry> recent{happened(argument(), {QStringLiteral("threats")})};
        for (int i = 0; i < 10; ++i)
            recent << byText();
        CHECK(guides(journalInsights(recent, trends)).first() == QStringLiteral("conflict-or-abuse"));
    }
}

TEST_CASE("text arguments: three of the last five")
{
    SECTION("three of five fires, with the numbers")
    {
        const QList<JournalEntry> recent{argument(), byText(), argument(), byText(), byText()};
        const QList<JournalInsight> insights = journalInsights(recent, quietTrends(5));
        REQUIRE(insights.size() == 1);
        CHECK(insights.first().moduleId == QStringLiteral("arguing-better"));
        CHECK(insights.first().text.startsWith(QStringLiteral("3 of your last 5 arguments started by text or messages.")));
    }
    SECTION("two of five does not")
    {
        const QList<JournalEntry> recent{argument(), byText(), argument(), argument(), byText()};
        CHECK(journalInsights(recent, quietTrends(5)).isEmpty());
    }
    SECTION("only the last five arguments count")
    {
        // Two older text arguments, then two of the latest five.
        const QList<JournalEntry> recent{byText(), byText(), argument(), byText(), argument(), byText(), argument()};
        CHECK(journalInsights(recent, quietTrends(7)).isEmpty());
    }
    SECTION("good days are not arguments")
    {
        const QList<JournalEntry> recent{argument(), byText(), byText(), byText(), goodDay(), goodDay(), goodDay(),
                                         goodDay(), goodDay()};
        const QList<JournalInsight> insights = journalInsights(recent, quietTrends(4));
        REQUIRE(insights.size() == 1);
        CHECK(insights.first().text.startsWith(QStringLiteral("3 of your last 4 arguments")));
    }
    SECTION("fewer than five arguments in all")
    {
        const QList<JournalEntry> recent{byText(), byText(), byText()};
        const QList<JournalInsight> insights = journalInsights(recent, quietTrends(3));
        REQUIRE(insights.size() == 1);
        CHECK(insights.first().text.startsWith(QStringLiteral("3 of your last 3 arguments")));
    }
    SECTION("five of five")
    {
        const QList<JournalEntry> recent{byText(), byText(), byText(), byText(), byText()};
        CHECK(journalInsights(recent, quietTrends(5)).first().text.startsWith(QStringLiteral("5 of your last 5")));
    }
}

TEST_CASE("text arguments mostly with the ex or co-parent point to the co-parent guide")
{
    SECTION("two of three")
    {
        const QList<JournalEntry> recent{byText("ex-or-co-parent"), byText(), byText("ex-or-co-parent")};
        CHECK(guides(journalInsights(recent, quietTrends(3))) == QStringList{"talking-with-your-co-parent"});
    }
    SECTION("half is not most")
    {
        const QList<JournalEntry> recent{byText("ex-or-co-parent"), byText(), byText("ex-or-co-parent"),
                                         byText("other-family")};
        CHECK(guides(journalInsights(recent, quietTrends(4))) == QStringList{"arguing-better"});
    }
    SECTION("co-parent arguments face to face do not count towards it")
    {
        const QList<JournalEntry> recent{argument("face-to-face", "ex-or-co-parent"),
                                         argument("face-to-face", "ex-or-co-parent"), byText("ex-or-co-parent"),
                                         byText(), byText()};
        CHECK(guides(journalInsights(recent, quietTrends(5))) == QStringList{"arguing-better"});
    }
}

TEST_CASE("money as the top topic, at least twice")
{
    JournalTrends trends = quietTrends(3);

    trends.topics = {{QStringLiteral("money"), 2}, {QStringLiteral("chores"), 1}};
    QList<JournalInsight> insights = journalInsights({}, trends);
    REQUIRE(insights.size() == 1);
    CHECK(insights.first().moduleId == QStringLiteral("money-worries"));
    CHECK(insights.first().text.startsWith(QStringLiteral("Money came up most.")));

    trends.topics = {{QStringLiteral("money"), 1}};
    CHECK(journalInsights({}, trends).isEmpty());

    trends.topics = {{QStringLiteral("chores"), 3}, {QStringLiteral("money"), 2}};
    CHECK(journalInsights({}, trends).isEmpty());
}

TEST_CASE("children there for more than half the arguments")
{
    JournalTrends trends = quietTrends(2);
    trends.childrenPresent = 2;
    QList<JournalInsight> insights = journalInsights({}, trends);
    REQUIRE(insights.size() == 1);
    CHECK(insights.first().moduleId == QStringLiteral("what-children-see-and-hear"));
    CHECK(insights.first().text.startsWith(QStringLiteral("The children were there for most of them.")));

    trends = quietTrends(3);
    trends.childrenPresent = 2;
    CHECK(guides(journalInsights({}, trends)) == QStringList{"what-children-see-and-hear"});

    trends = quietTrends(4);
    trends.childrenPresent = 2;  // half
    CHECK(journalInsights({}, trends).isEmpty());

    trends = quietTrends(1);
    trends.childrenPresent = 1;  // one argument is not a pattern
    CHECK(journalInsights({}, trends).isEmpty());
}

TEST_CASE("very heated on average")
{
    JournalTrends trends = quietTrends(2);
    trends.averageHeat = 4.0;
    QList<JournalInsight> insights = journalInsights({}, trends);
    REQUIRE(insights.size() == 1);
    CHECK(insights.first().moduleId == QStringLiteral("calming-down"));
    CHECK(insights.first().text.contains(QStringLiteral("heated")));

    trends.averageHeat = 3.99;
    CHECK(journalInsights({}, trends).isEmpty());

    trends = quietTrends(1);
    trends.averageHeat = 5;
    CHECK(journalInsights({}, trends).isEmpty());
}

TEST_CASE("most arguments not sorted out")
{
    JournalTrends trends = quietTrends(3);
    trends.sortedOut = 1;
    QList<JournalInsight> insights = journalInsights({}, trends);
    REQUIRE(insights.size() == 1);
    CHECK(insights.first().moduleId == QStringLiteral("arguing-better"));
    CHECK(insights.first().text.contains(QStringLiteral("not sorted out")));

    trends = quietTrends(4);
    trends.sortedOut = 2;  // half
    CHECK(journalInsights({}, trends).isEmpty());

    trends = quietTrends(2);
    trends.sortedOut = 0;  // too few to say
    CHECK(journalInsights({}, trends).isEmpty());
}

TEST_CASE("one insight per guide: text arguments and not sorted out share arguing better")
{
    JournalTrends trends = quietTrends(5);
    trends.sortedOut = 0;

    SECTION("the text insight keeps the guide")
    {
        const QList<JournalEntry> recent{byText(), byText(), byText()};
        const QList<JournalInsight> insights = journalInsights(recent, trends);
        REQUIRE(insights.size() == 1);
        CHECK(insights.first().moduleId == QStringLiteral("arguing-better"));
        CHECK(insights.first().text.contains(QStringLiteral("text or messages")));
    }
    SECTION("with the co-parent guide for the texts, not sorted out still has arguing better")
    {
        const QList<JournalEntry> recent{byText("ex-or-co-parent"), byText("ex-or-co-parent"), byText("ex-or-co-parent")};
        CHECK(guides(journalInsights(recent, trends)) == QStringList{"talking-with-your-co-parent", "arguing-better"});
    }
}

TEST_CASE("good days are noted, in the right number, without a guide")
{
    JournalTrends trends = quietTrends();
    CHECK(journalInsights({}, trends).isEmpty());

    trends.goodDays = 1;
    CHECK(journalInsights({goodDay()}, trends)
          == QList<JournalInsight>{{QStringLiteral("You noted one good day. That counts too."), QString()}});

    trends.goodDays = 3;
    CHECK(journalInsights({goodDay(), goodDay(), goodDay()}, trends)
          == QList<JournalInsight>{{QStringLiteral("You noted 3 good days. Those count too."), QString()}});
}

TEST_CASE("every insight has words and no placeholder left")
{
    JournalTrends trends = quietTrends(5);
    trends.topics = {{QStringLiteral("money"), 3}};
    trends.childrenPresent = 5;
    trends.averageHeat = 4.5;
    trends.sortedOut = 0;
    trends.goodDays = 2;
    const QList<JournalEntry> recent{byText("ex-or-co-parent"), byText("ex-or-co-parent"), byText("ex-or-co-parent")};
    const QList<JournalInsight> insights = journalInsights(recent, trends);
    CHECK(insights.size() == 6);
    for (const JournalInsight &insight : insights) {
        INFO(insight.text.toStdString());
        CHECK_FALSE(insight.text.isEmpty());
        CHECK_FALSE(insight.text.contains(QLatin1Char('%')));
    }
}
