#pragma once

#include <QList>
#include <QString>

namespace cg {

// Small numbers are protected before anything leaves the statistics server: on the dashboard, in
// the API and in the CSV export. One family using the app in a small area must never be picked out.
//
// Primary rule, for every figure: 0 stays 0; 1 to 9 is shown as "<10"; 10 and over is rounded to
// the nearest 5.
// Secondary rule, for totals: a total that would let someone narrow a "<10" beside it down to
// fewer than five possible values (the total less the other figures, directly or through other
// sums) is withheld too, so no small number can be known more closely than rounding lets a large
// one be (a "15" is one of five values, 13 to 17). Totals go first, and of those the ones
// declared first, so an area's own figures are hidden only when hiding the totals around them is
// not enough.
struct PublishedFigure {
    enum class Kind {
        Zero,      // exactly 0
        Small,     // 1 to 9
        Rounded,   // 10 or more, rounded to the nearest 5
        Withheld,  // hidden so that no "<10" can be pinned down: usually a total, as a last resort any figure
    };
    Kind kind = Kind::Zero;
    qint64 shown = 0;  // the number shown: 0 for Zero, the rounded value for Rounded, else 0

    // "0", "<10", the rounded number, or "hidden".
    QString text() const;
    bool operator==(const PublishedFigure &) const = default;
};

// The primary rule for one figure on its own.
PublishedFigure publishFigure(qint64 value);

// Figures published together, and which are sums of which: a sum's `total` is the figure at that
// index, its `parts` the figures it adds up. A part may be the total of another sum (an area within
// a region within the country). Declare every sum a reader could know, including those that follow
// from others: a table's grand total is the sum of its row totals and also of its column totals,
// and both must be listed, or a "<10" could be worked out through the one left out.
struct FigureTable {
    struct Sum {
        int total = 0;
        QList<int> parts;
    };
    QList<qint64> values;  // 0 or more each
    QList<Sum> sums;
    // Figures that take part in sums but are never published (such as "the rest of the country",
    // which links an area's region to the national figure): withheld from the start.
    QList<int> unpublished;
};

// Every figure of `table` as it may be published, primary and secondary rules applied. A total is
// withheld when, from what else is published, the values a "<10" in its sum could take would be
// narrower than 1 to 9.
QList<PublishedFigure> publishTable(const FigureTable &table);

} // namespace cg
