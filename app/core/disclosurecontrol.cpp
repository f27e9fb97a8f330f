#include "core/disclosurecontrol.h"

#include <algorithm>
#include <limits>

namespace cg {
namespace {

constexpr qint64 kSmallest = 1;
constexpr qint64 kLargestSmall = 9;
constexpr qint64 kRoundingSlack = 2;  // a number rounded to the nearest 5 is within 2 of the truth
constexpr qint64 kLeastPossibleValues = 2 * kRoundingSlack + 1;  // what a rounded figure leaves open
constexpr qint64 kUnbounded = std::numeric_limits<qint64>::max() / 4;

// What someone reading the published figures knows about the true value.
struct Range {
    qint64 low = 0;
    qint64 high = 0;
};

Range knownRange(const PublishedFigure &figure)
{
    switch (figure.kind) {
    case PublishedFigure::Kind::Zero:
        return {0, 0};
    case PublishedFigure::Kind::Small:
        return {kSmallest, kLargestSmall};
    case PublishedFigure::Kind::Rounded:
        return {std::max<qint64>(10, figure.shown - kRoundingSlack), figure.shown + kRoundingSlack};
    case PublishedFigure::Kind::Withheld:
        break;
    }
    return {0, kUnbounded};
}

// Everything someone could work out about each figure's true value from the published figures and
// the sums between them: each sum narrows each of its members to what the others leave room for,
// over and over until nothing narrows further.
QList<Range> workedOutRanges(const FigureTable &table, const QList<PublishedFigure> &published)
{
    QList<Range> ranges;
    ranges.reserve(published.size());
    for (const PublishedFigure &figure : published)
        ranges << knownRange(figure);
    const auto narrow = [&ranges](int index, qint64 low, qint64 high) {
        Range &range = ranges[index];
        const Range before = range;
        range.low = std::max(range.low, low);
        range.high = std::min(range.high, high);
        return range.low != before.low || range.high != before.high;
    };
    // Ranges only shrink, so this ends; the cap only guards against a table whose sums contradict
    // each other, which the server never builds.
    for (int pass = 0; pass < 10'000; ++pass) {
        bool changed = false;
        for (const FigureTable::Sum &sum : table.sums) {
            qint64 partsLow = 0;
            qint64 partsHigh = 0;
            for (int part : sum.parts) {
                partsLow = std::min(kUnbounded, partsLow + ranges.at(part).low);
                partsHigh = std::min(kUnbounded, partsHigh + ranges.at(part).high);
            }
            changed |= narrow(sum.total, partsLow, partsHigh);
            const Range total = ranges.at(sum.total);
            for (int part : sum.parts) {
                const Range own = ranges.at(part);
                if (partsHigh < kUnbounded)
                    changed |= narrow(part, total.low - (partsHigh - own.high), kUnbounded);
                changed |= narrow(part, 0, total.high - (partsLow - own.low));
            }
        }
        if (!changed)
            break;
    }
    return ranges;
}

// Whether a reader can pin a small number down more closely than rounding pins down a large one
// (a "15" is one of 13 to 17: five values): a "<10", or a hidden figure whose true value is 1 to 9
// and that can be worked out to be under 10, narrowed to fewer than five values. Narrowing a
// "<10" a little is unavoidable and harmless: three different guides each read by someone says
// that at least three people read one.
bool isNarrowed(const PublishedFigure &figure, const Range &range, qint64 value)
{
    const bool small = figure.kind == PublishedFigure::Kind::Small
        || (figure.kind == PublishedFigure::Kind::Withheld && value >= kSmallest && value <= kLargestSmall
            && range.high <= kLargestSmall);
    if (!small)
        return false;
    const qint64 low = std::max(range.low, kSmallest);
    const qint64 high = std::min(range.high, kLargestSmall);
    return high - low + 1 < kLeastPossibleValues;
}

// The values `sum` alone leaves for its part `cell`, given only the published figures of the
// others: whether this sum by itself gives the cell away.
Range rangeFromSum(int cell, const FigureTable::Sum &sum, const QList<PublishedFigure> &published)
{
    const auto range = [&](int figure) { return knownRange(published.at(figure)); };
    qint64 othersLow = 0;
    qint64 othersHigh = 0;
    for (int part : sum.parts) {
        if (part != cell) {
            othersLow = std::min(kUnbounded, othersLow + range(part).low);
            othersHigh = std::min(kUnbounded, othersHigh + range(part).high);
        }
    }
    const Range total = range(sum.total);
    return {othersHigh >= kUnbounded ? 0 : total.low - othersHigh, total.high - othersLow};
}

// Withholds the total of a sum that narrows a "<10" among its parts by itself (a small area's
// total of its few small weeks), trying the narrowed figures in order and their sums in the
// order declared. Failing that, the total of the first declared sum with a narrowed part, so a
// caller who declares the sums across places first hides a region's figure before an area's
// own. False when every such total is withheld already.
bool withholdParent(const QList<int> &narrowed, const FigureTable &table, QList<PublishedFigure> &published)
{
    for (int cell : narrowed) {
        for (const FigureTable::Sum &sum : table.sums) {
            if (published.at(sum.total).kind == PublishedFigure::Kind::Withheld || !sum.parts.contains(cell))
                continue;
            const Range left = rangeFromSum(cell, sum, published);
            if (left.low > kSmallest || left.high < kLargestSmall) {
                published[sum.total] = {PublishedFigure::Kind::Withheld, 0};
                return true;
            }
        }
    }
    QList<bool> isNarrowed(published.size(), false);
    for (int cell : narrowed)
        isNarrowed[cell] = true;
    for (const FigureTable::Sum &sum : table.sums) {
        if (published.at(sum.total).kind == PublishedFigure::Kind::Withheld)
            continue;
        if (std::any_of(sum.parts.cbegin(), sum.parts.cend(), [&](int part) { return isNarrowed.at(part); })) {
            published[sum.total] = {PublishedFigure::Kind::Withheld, 0};
            return true;
        }
    }
    return false;
}

// When no single sum gives a narrowed figure away, it is given away through a chain of them. Tries
// hiding the totals near it (in the sums it is in, then outwards through totals already withheld),
// then the other figures it is summed with, and keeps the first that really widens what can be
// worked out about it. A few tries only: each means working every range out again.
bool withholdHelpful(int narrowed, const FigureTable &table, QList<PublishedFigure> &published, const Range &before)
{
    constexpr int kTries = 8;
    int tries = 0;
    const auto helps = [&](int figure) {
        if (published.at(figure).kind == PublishedFigure::Kind::Withheld || tries++ >= kTries)
            return false;
        const PublishedFigure shown = published.at(figure);
        published[figure] = {PublishedFigure::Kind::Withheld, 0};
        const Range after = workedOutRanges(table, published).at(narrowed);
        if (after.low < before.low || after.high > before.high)
            return true;
        published[figure] = shown;
        return false;
    };
    QList<int> frontier{narrowed};
    QList<bool> visited(published.size(), false);
    visited[narrowed] = true;
    while (!frontier.isEmpty() && tries < kTries) {
        QList<int> next;
        for (int cell : std::as_const(frontier)) {
            for (const FigureTable::Sum &sum : table.sums) {
                if (sum.total != cell && !sum.parts.contains(cell))
                    continue;
                if (helps(sum.total))
                    return true;
                for (int member : sum.parts + QList<int>{sum.total}) {
                    if (!visited.at(member) && published.at(member).kind == PublishedFigure::Kind::Withheld) {
                        visited[member] = true;
                        next << member;
                    }
                }
            }
        }
        frontier = next;
    }
    for (const FigureTable::Sum &sum : table.sums) {
        if (sum.total != narrowed && !sum.parts.contains(narrowed))
            continue;
        for (int member : sum.parts) {
            if (member != narrowed && helps(member))
                return true;
        }
    }
    return false;
}

// The last resort: the narrowed figure and every figure it is summed with are withheld, so
// nothing published beside it bounds it any more. False when they all were already.
bool withholdAround(int narrowed, const FigureTable &table, QList<PublishedFigure> &published)
{
    bool changed = false;
    const auto withhold = [&](int figure) {
        changed |= published.at(figure).kind != PublishedFigure::Kind::Withheld;
        published[figure] = {PublishedFigure::Kind::Withheld, 0};
    };
    withhold(narrowed);
    for (const FigureTable::Sum &sum : table.sums) {
        if (sum.total != narrowed && !sum.parts.contains(narrowed))
            continue;
        for (int member : sum.parts + QList<int>{sum.total})
            withhold(member);
    }
    return changed;
}

} // namespace

QString PublishedFigure::text() const
{
    switch (kind) {
    case Kind::Zero:
        return QStringLiteral("0");
    case Kind::Small:
        return QStringLiteral("<10");
    case Kind::Rounded:
        return QString::number(shown);
    case Kind::Withheld:
        break;
    }
    return QStringLiteral("hidden");
}

PublishedFigure publishFigure(qint64 value)
{
    if (value <= 0)
        return {PublishedFigure::Kind::Zero, 0};
    if (value <= kLargestSmall)
        return {PublishedFigure::Kind::Small, 0};
    return {PublishedFigure::Kind::Rounded, (value + kRoundingSlack) / 5 * 5};
}

QList<PublishedFigure> publishTable(const FigureTable &table)
{
    QList<PublishedFigure> published;
    published.reserve(table.values.size());
    for (qint64 value : table.values)
        published << publishFigure(value);
    for (int hidden : table.unpublished)
        published[hidden] = {PublishedFigure::Kind::Withheld, 0};
    // Each round withholds at least one more figure, so this ends. A narrowed "<10" is usually
    // narrowed by one sum it is a part of, whose total is hidden; failing that, a figure near it
    // whose hiding really helps; failing that, everything it is summed with.
    for (;;) {
        const QList<Range> ranges = workedOutRanges(table, published);
        QList<int> narrowed;
        for (int i = 0; i < published.size(); ++i) {
            if (isNarrowed(published.at(i), ranges.at(i), table.values.at(i)))
                narrowed << i;
        }
        if (narrowed.isEmpty())
            return published;
        if (!withholdParent(narrowed, table, published)
            && !withholdHelpful(narrowed.first(), table, published, ranges.at(narrowed.first()))
            && !withholdAround(narrowed.first(), table, published))
            return published;  // never seen: everything around it is withheld already
    }
}

} // namespace cg
