#include "core/disclosurecontrol.h"

#include "catchqtstrings.h"

#include <QRandomGenerator>
#include <QSet>

#include <functional>

using namespace cg;
using Kind = PublishedFigure::Kind;

namespace {

QStringList texts(const QList<PublishedFigure> &figures)
{
    QStringList shown;
    for (const PublishedFigure &figure : figures)
        shown << figure.text();
    return shown;
}

// A table whose first `leaves` figures are counted directly and whose other figures are sums,
// listed so that every sum's parts come before its total (an area before its region).
struct LeafTable {
    FigureTable table;
    int leaves = 0;

    void fillTotals()
    {
        for (const FigureTable::Sum &sum : std::as_const(table.sums)) {
            qint64 total = 0;
            for (int part : sum.parts)
                total += table.values.at(part);
            table.values[sum.total] = total;
        }
    }
};

// The true values an attacker cannot rule out for a figure published this way.
QList<qint64> possibleValues(const PublishedFigure &figure)
{
    switch (figure.kind) {
    case Kind::Zero:
        return {0};
    case Kind::Small:
        return {1, 2, 3, 4, 5, 6, 7, 8, 9};
    case Kind::Rounded: {
        QList<qint64> values;
        for (qint64 v = std::max<qint64>(10, figure.shown - 2); v <= figure.shown + 2; ++v)
            values << v;
        return values;
    }
    case Kind::Withheld:
        break;
    }
    return {};  // anything: checked only through the sums
}

// The attacker: tries every combination of leaf values the published figures allow, keeps those
// whose sums agree with every published total, and collects what each "<10" could really be.
QHash<int, QSet<qint64>> whatEachSmallFigureCouldBe(const LeafTable &shape, const QList<PublishedFigure> &published)
{
    QList<QList<qint64>> choices;
    for (int leaf = 0; leaf < shape.leaves; ++leaf) {
        // A withheld leaf never happens (only totals are withheld), but if it did the attacker
        // would try 0 to 60.
        QList<qint64> values = possibleValues(published.at(leaf));
        if (values.isEmpty())
            for (qint64 v = 0; v <= 60; ++v)
                values << v;
        choices << values;
    }
    QHash<int, QSet<qint64>> seen;
    LeafTable trial = shape;
    std::function<void(int)> tryLeaf = [&](int leaf) {
        if (leaf == shape.leaves) {
            trial.fillTotals();
            for (int i = shape.leaves; i < trial.table.values.size(); ++i) {
                const QList<qint64> allowed = possibleValues(published.at(i));
                if (published.at(i).kind != Kind::Withheld && !allowed.contains(trial.table.values.at(i)))
                    return;
            }
            for (int i = 0; i < published.size(); ++i) {
                if (published.at(i).kind == Kind::Small)
                    seen[i].insert(trial.table.values.at(i));
            }
            return;
        }
        for (qint64 value : choices.at(leaf)) {
            trial.table.values[leaf] = value;
            tryLeaf(leaf + 1);
        }
    };
    tryLeaf(0);
    return seen;
}

qint64 randomCount(QRandomGenerator &random)
{
    const int kind = random.bounded(10);
    if (kind < 2)
        return 0;
    if (kind < 7)
        return random.bounded(1, 10);
    return random.bounded(10, 40);
}

// A table in one of the shapes the dashboard uses: four parts of one total; two areas in each of
// two regions, in a country; and tables of two rows by two or three columns, with row, column and
// grand totals.
LeafTable randomTable(QRandomGenerator &random)
{
    LeafTable shape;
    shape.leaves = 4;
    switch (random.bounded(4)) {
    case 0:
        shape.table.sums = {{4, {0, 1, 2, 3}}};
        break;
    case 1:
        shape.table.sums = {{4, {0, 1}}, {5, {2, 3}}, {6, {4, 5}}};
        break;
    case 2:
        // The grand total is the sum of the rows and the sum of the columns: both are declared, as
        // an attacker knows both.
        shape.table.sums = {{4, {0, 1}}, {5, {2, 3}}, {6, {0, 2}}, {7, {1, 3}}, {8, {4, 5}}, {8, {6, 7}}};
        break;
    default:
        shape.leaves = 6;  // rows 0 1 2 and 3 4 5
        shape.table.sums = {{6, {0, 1, 2}}, {7, {3, 4, 5}}, {8, {0, 3}}, {9, {1, 4}}, {10, {2, 5}},
                            {11, {6, 7}}, {11, {8, 9, 10}}};
        break;
    }
    int figures = 0;
    for (const FigureTable::Sum &sum : std::as_const(shape.table.sums))
        figures = std::max(figures, sum.total + 1);
    shape.table.values.resize(figures);
    for (int leaf = 0; leaf < shape.leaves; ++leaf)
        shape.table.values[leaf] = randomCount(random);
    shape.fillTotals();
    return shape;
}

} // namespace

TEST_CASE("0 stays 0, 1 to 9 becomes <10, and 10 and over is rounded to the nearest 5")
{
    CHECK(publishFigure(0).text() == QStringLiteral("0"));
    for (qint64 small = 1; small <= 9; ++small)
        CHECK(publishFigure(small).text() == QStringLiteral("<10"));
    CHECK(publishFigure(10).text() == QStringLiteral("10"));
    CHECK(publishFigure(12).text() == QStringLiteral("10"));
    CHECK(publishFigure(13).text() == QStringLiteral("15"));
    CHECK(publishFigure(17).text() == QStringLiteral("15"));
    CHECK(publishFigure(18).text() == QStringLiteral("20"));
    CHECK(publishFigure(1234).text() == QStringLiteral("1235"));
    CHECK(publishFigure(1000000).shown == 1000000);
}

TEST_CASE("a total is published when the figures beside it give nothing away")
{
    // No small figure at all.
    CHECK(texts(publishTable({{40, 25, 15}, {{0, {1, 2}}}})) == QStringList{QStringLiteral("40"), QStringLiteral("25"), QStringLiteral("15")});
    // 20 less 15 leaves anything from 1 to 9 for the "<10", once both are known only to within 2.
    CHECK(texts(publishTable({{20, 5, 15}, {{0, {1, 2}}}})) == QStringList{QStringLiteral("20"), QStringLiteral("<10"), QStringLiteral("15")});
}

TEST_CASE("a total that would narrow down a <10 beside it is hidden")
{
    // 22 and 20 are both shown as 20: the "<10" could only be 1 to 4.
    CHECK(texts(publishTable({{22, 2, 20}, {{0, {1, 2}}}})) == QStringList{QStringLiteral("hidden"), QStringLiteral("<10"), QStringLiteral("20")});
    // A "<10" total of six "<10"s would say each is 1 to 4: fewer values than rounding leaves open.
    CHECK(publishTable({{6, 1, 1, 1, 1, 1, 1}, {{0, {1, 2, 3, 4, 5, 6}}}}).at(0).kind == Kind::Withheld);
    // Of two, each is 1 to 8: no closer than a rounded figure, so the total stays.
    CHECK(texts(publishTable({{5, 2, 3}, {{0, {1, 2}}}})) == QStringList{QStringLiteral("<10"), QStringLiteral("<10"), QStringLiteral("<10")});
}

TEST_CASE("hiding an area's total hides its region's too when the region would give it away")
{
    // Area 4 = 2 + 20 is hidden; but the country (6) less the other area (5, where nothing was
    // counted) is area 4 again, so the country is hidden as well.
    const FigureTable table{{2, 20, 0, 0, 22, 0, 22}, {{4, {0, 1}}, {5, {2, 3}}, {6, {4, 5}}}};
    const QList<PublishedFigure> published = publishTable(table);
    CHECK(published.at(0).text() == QStringLiteral("<10"));
    CHECK(published.at(4).kind == Kind::Withheld);
    CHECK(published.at(6).kind == Kind::Withheld);
    CHECK(published.at(5).text() == QStringLiteral("0"));
}

TEST_CASE("when hiding a total is not enough, a figure beside it is hidden too")
{
    // One check-in counted for six measures: a total of 6, all in one week (the other week 0),
    // and six "<10" rows. The rows say the total is at least 6; with the total hidden, the week
    // (the whole total) would still be 6 to 9, so the week is hidden as well.
    const FigureTable table{{6, 6, 0, 1, 1, 1, 1, 1, 1}, {{0, {1, 2}}, {0, {3, 4, 5, 6, 7, 8}}}};
    const QList<PublishedFigure> published = publishTable(table);
    CHECK(texts(published)
          == QStringList{QStringLiteral("hidden"), QStringLiteral("hidden"), QStringLiteral("0"), QStringLiteral("<10"),
                         QStringLiteral("<10"), QStringLiteral("<10"), QStringLiteral("<10"), QStringLiteral("<10"),
                         QStringLiteral("<10")});
}

TEST_CASE("a figure that is never published takes part in sums but is always withheld")
{
    // An area (2) and the rest of the country (20), which no one is shown, make the country (22):
    // the country can be shown, as nothing published pins down the rest.
    const QList<PublishedFigure> published = publishTable({{2, 20, 22}, {{2, {0, 1}}}, {1}});
    CHECK(texts(published) == QStringList{QStringLiteral("<10"), QStringLiteral("hidden"), QStringLiteral("20")});
    // Were the rest published (as 20), the country (also 20) would say the area is 1 to 4.
    CHECK(publishTable({{2, 20, 22}, {{2, {0, 1}}}}).at(2).kind == Kind::Withheld);
}

TEST_CASE("an attacker trying every possibility cannot narrow any <10 to fewer than five values in hundreds of random tables")
{
    for (quint32 seed : {1u, 2u, 3u, 4u, 5u, 6u, 7u, 8u}) {
        QRandomGenerator random(seed);
        int totalsShown = 0;
        int totalsHidden = 0;
        for (int round = 0; round < 150; ++round) {
            const LeafTable shape = randomTable(random);
            const QList<PublishedFigure> published = publishTable(shape.table);
            INFO("seed " << seed << " round " << round);
            for (int i = 0; i < published.size(); ++i) {
                // In these shapes hiding totals is always enough, so only totals are hidden; everything
                // shown is the primary rule's figure.
                if (published.at(i).kind == Kind::Withheld) {
                    CHECK(i >= shape.leaves);
                    ++totalsHidden;
                } else {
                    CHECK(published.at(i) == publishFigure(shape.table.values.at(i)));
                    totalsShown += i >= shape.leaves ? 1 : 0;
                }
            }
            const QHash<int, QSet<qint64>> couldBe = whatEachSmallFigureCouldBe(shape, published);
            for (auto figure = couldBe.cbegin(); figure != couldBe.cend(); ++figure) {
                INFO("figure " << figure.key() << " of " << texts(published).join(QLatin1Char(' ')).toStdString());
                CHECK(figure.value().size() >= 5);
                CHECK(figure.value().contains(shape.table.values.at(figure.key())));
            }
        }
        // The rule is not simply "hide every total".
        CHECK(totalsShown > 0);
        CHECK(totalsHidden > 0);
    }
}
