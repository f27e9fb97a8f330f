#include "catchqtstrings.h"
#include "storage/sqlitesearchindex.h"

#include <catch2/catch.hpp>

#include <memory>

using namespace cg;

namespace {

QStringList ids(const QList<SearchHit> &hits)
{
    QStringList result;
    for (const SearchHit &hit : hits)
        result << hit.id;
    return result;
}

std::unique_ptr<SqliteSearchIndex> smallIndex()
{
    auto index = std::make_unique<SqliteSearchIndex>();
    const QList<SearchEntry> entries{
        {SearchKind::Module, QStringLiteral("shouting"), QStringLiteral("Less shouting at home"),
         QStringLiteral("When voices get loud"), {QStringLiteral("arguments")}, QStringLiteral("Take a break.")},
        {SearchKind::Module, QStringLiteral("co-parent"), QStringLiteral("Talking with your co-parent"),
         QStringLiteral("Sharing the children after you split"), {}, QStringLiteral("Keep it short and calm.")},
        {SearchKind::Module, QStringLiteral("extras"), QStringLiteral("Extra ideas"),
         QStringLiteral("More things to try"), {}, QStringLiteral("Explain what you need. Children notice shouting.")},
        {SearchKind::Service, QStringLiteral("debt-advice"), QStringLiteral("Debt advice"),
         QStringLiteral("Free help with money and bills"), {QStringLiteral("money and debt")}, QString()},
    };
    const SearchWords words{{QStringLiteral("ex"), {QStringLiteral("co-parent")}},
                            {QStringLiteral("kids"), {QStringLiteral("children")}}};
    REQUIRE(index->build(entries, words));
    return index;
}

} // namespace

TEST_CASE("word endings are forgiven: shout, shouts and shouting find the same guide")
{
    const auto index = smallIndex();
    for (const char *typed : {"shout ", "shouts ", "shouting "})
        CHECK(ids(index->search(QString::fromLatin1(typed))).first() == QStringLiteral("shouting"));
}

TEST_CASE("a word in the title counts for more than the same word in the body")
{
    const auto index = smallIndex();
    CHECK(ids(index->search(QStringLiteral("shouting "))) == QStringList{QStringLiteral("shouting"), QStringLiteral("extras")});
}

TEST_CASE("the word being typed matches the start of longer words")
{
    const auto index = smallIndex();
    CHECK(ids(index->search(QStringLiteral("sho"))).contains(QStringLiteral("shouting")));
    CHECK(index->search(QStringLiteral("sho ")).isEmpty());  // finished: "sho" is not a word here
}

TEST_CASE("small typos still find the guide")
{
    const auto index = smallIndex();
    CHECK(ids(index->search(QStringLiteral("shoutnig "))).first() == QStringLiteral("shouting"));
    CHECK(ids(index->search(QStringLiteral("Talkign"))).first() == QStringLiteral("co-parent"));
}

TEST_CASE("everyday words find the words guides use, without matching the start of other words")
{
    const auto index = smallIndex();
    CHECK(ids(index->search(QStringLiteral("ex"))) == QStringList{QStringLiteral("co-parent")});
    CHECK(ids(index->search(QStringLiteral("my kids"))).contains(QStringLiteral("co-parent")));
}

TEST_CASE("every word must match, and when nothing matches them all, any word may")
{
    const auto index = smallIndex();
    CHECK(ids(index->search(QStringLiteral("kids shouting"))) == QStringList{QStringLiteral("extras")});
    const QStringList either = ids(index->search(QStringLiteral("money shouting")));
    CHECK(either.contains(QStringLiteral("debt-advice")));
    CHECK(either.contains(QStringLiteral("shouting")));
}

TEST_CASE("guides and services are searched together and keep their kind")
{
    const auto index = smallIndex();
    const QList<SearchHit> hits = index->search(QStringLiteral("bills"));
    REQUIRE(hits.size() == 1);
    CHECK(hits.first().kind == SearchKind::Service);
    CHECK(hits.first().title == QStringLiteral("Debt advice"));
}

TEST_CASE("FTS5 syntax typed by a parent is searched as words, never run as a query")
{
    const auto index = smallIndex();
    for (const char *typed : {"\"shout", "shout* OR (", "NEAR(shout", "title:shout", "-shout", "^shout"}) {
        INFO(typed);
        CHECK(ids(index->search(QString::fromLatin1(typed))).contains(QStringLiteral("shouting")));
        CHECK(index->error().isEmpty());
    }
}

TEST_CASE("nothing worth searching gives no results")
{
    const auto index = smallIndex();
    CHECK(index->search(QString()).isEmpty());
    CHECK(index->search(QStringLiteral("the ")).isEmpty());
    CHECK(index->search(QStringLiteral("zzzzzz")).isEmpty());
}

TEST_CASE("building again replaces what was there")
{
    const auto index = smallIndex();
    REQUIRE(index->build({{SearchKind::Module, QStringLiteral("only"), QStringLiteral("Money worries"), {}, {}, {}}}, {}));
    CHECK(ids(index->search(QStringLiteral("shouting"))).isEmpty());
    CHECK(ids(index->search(QStringLiteral("money"))) == QStringList{QStringLiteral("only")});
}
