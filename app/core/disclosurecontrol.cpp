#include "core/disclosurecontrol.h"

#include <algorithm>
#include <limits>

namespace cg {
namespace {

constexpr qint64 kSmallest = 1;
constexpr qint64 kLargestSmall = 9;
constexpr qint64 kRoundingSlack = 2;  // a number rounded to the nearest 5 is within 2 of the truth
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

bool isNarrowed(const PublishedFigure &figure, const Range &range)
{
    return figure.kind == PublishedFigure::Kind::Small && (range.low > kSmallest || range.high < kLargestSmall);
}

// Withholds the total of the first declared sum that has a narrowed figure among its parts and is
// still shown, so a caller who declares the sums across places first hides a region's figure
// before an area's own. False when every such total is withheld already.
bool withholdParent(const QList<int> &narrowed, const FigureTable &table, QList<PublishedFigure> &published)
{
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

// The last resort for a "<10" narrowed although every total it is a part of is withheld: the
// nearest total still shown, in the sums it is in (itself, when it is a total) and then outwards
// through totals already withheld. False when there is nothing left to withhold.
bool withholdTotalNear(int narrowed, const FigureTable &table, QList<PublishedFigure> &published)
{
    QList<int> frontier{narrowed};
    QList<bool> visited(published.size(), false);
    visited[narrowed] = true;
    while (!frontier.isEmpty()) {
        QList<int> next;
        for (int cell : std::as_const(frontier)) {
            for (const FigureTable::Sum &sum : table.sums) {
                if (sum.total != cell && !sum.parts.contains(cell))
                    continue;
                PublishedFigure &total = published[sum.total];
                if (total.kind != PublishedFigure::Kind::Withheld) {
                    total = {PublishedFigure::Kind::Withheld, 0};
                    return true;
                }
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
    return false;
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
    // Each round withholds one more total or stops, so this ends. A narrowed "<10" is usually
    // narrowed through a total it is a part of; hiding that total is tried for every narrowed
    // figure before anything nearer is hidden.
    for (;;) {
        const QList<Range> ranges = workedOutRanges(table, published);
        QList<int> narrowed;
        for (int i = 0; i < published.size(); ++i) {
            if (isNarrowed(published.at(i), ranges.at(i)))
                narrowed << i;
        }
        if (narrowed.isEmpty())
            return published;

        if (!withholdParent(narrowed, table, published) && !withholdTotalNear(narrowed.first(), table, published))
            return published;
    }
}

} // namespace cg
