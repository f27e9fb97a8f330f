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

// Withholds the totals nearest to a "<10" that has been narrowed: those of the sums it is in,
// or, where those are withheld already, of the sums those withheld totals are in, and so on.
// Returns false when there is nothing left to withhold.
bool withholdTotalsAround(int narrowed, const FigureTable &table, QList<PublishedFigure> &published)
{
    QList<int> frontier{narrowed};
    QList<bool> visited(published.size(), false);
    visited[narrowed] = true;
    while (!frontier.isEmpty()) {
        QList<int> next;
        bool withheld = false;
        for (int cell : std::as_const(frontier)) {
            for (const FigureTable::Sum &sum : table.sums) {
                if (sum.total != cell && !sum.parts.contains(cell))
                    continue;
                PublishedFigure &total = published[sum.total];
                if (total.kind != PublishedFigure::Kind::Withheld) {
                    total = {PublishedFigure::Kind::Withheld, 0};
                    withheld = true;
                    continue;
                }
                for (int member : sum.parts + QList<int>{sum.total}) {
                    if (!visited.at(member) && published.at(member).kind == PublishedFigure::Kind::Withheld) {
                        visited[member] = true;
                        next << member;
                    }
                }
            }
        }
        if (withheld)
            return true;
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
    // Each round withholds at least one more total or stops, so this ends.
    for (;;) {
        const QList<Range> ranges = workedOutRanges(table, published);
        int narrowed = -1;
        for (int i = 0; i < published.size() && narrowed < 0; ++i) {
            if (isNarrowed(published.at(i), ranges.at(i)))
                narrowed = i;
        }
        if (narrowed < 0 || !withholdTotalsAround(narrowed, table, published))
            return published;
    }
}

} // namespace cg
