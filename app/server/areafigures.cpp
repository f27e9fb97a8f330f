#include "server/areafigures.h"

#include "server/acceptedreport.h"
#include "server/dashboardlayout.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace cg {
namespace {

// Breakdowns listing every combination of values up to this many rows show the zeros too (a
// guide nobody started is worth seeing); larger ones (a part of every guide) list only what was
// counted anywhere in the table.
constexpr int kLargestFullBreakdown = 60;

// One row of the aggregates, for a place of the table.
struct Count {
    int place = 0;
    int week = 0;
    QString labels;
    qint64 value = 0;
};

// `labels` narrowed to those a breakdown splits by, in the aggregates' key form.
QString projected(const QHash<QString, QString> &labels, const QStringList &keep)
{
    QHash<QString, QString> kept;
    for (const QString &name : keep)
        kept.insert(name, labels.value(name));
    return labelsKey(kept);
}

// The rows of one breakdown: every combination of the registry's values when there are few, and
// every combination counted in `counts`; in the registry's order, with anything it does not know
// (a value since retired) last.
Breakdown breakdownRows(const Metric &metric, const QStringList &labels, const QList<Count> &counts)
{
    QList<QStringList> valuesOf;
    qsizetype combinations = 1;
    for (const QString &name : labels) {
        const auto found = std::find_if(metric.labels.cbegin(), metric.labels.cend(),
                                        [&](const MetricLabel &label) { return label.name == name; });
        valuesOf << (found == metric.labels.cend() ? QStringList() : found->values);
        combinations *= std::max<qsizetype>(1, valuesOf.last().size());
    }
    QList<QHash<QString, QString>> rows;
    if (combinations <= kLargestFullBreakdown) {
        rows << QHash<QString, QString>();
        for (int i = 0; i < labels.size(); ++i) {
            QList<QHash<QString, QString>> longer;
            for (const QHash<QString, QString> &row : std::as_const(rows)) {
                for (const QString &value : valuesOf.at(i)) {
                    QHash<QString, QString> next = row;
                    next.insert(labels.at(i), value);
                    longer << next;
                }
            }
            rows = longer;
        }
    }
    QSet<QString> listed;
    for (const QHash<QString, QString> &row : std::as_const(rows))
        listed.insert(labelsKey(row));
    for (const Count &count : counts) {
        const QHash<QString, QString> labelled = labelsFromKey(count.labels);
        const QString key = projected(labelled, labels);
        if (!listed.contains(key)) {
            listed.insert(key);
            QHash<QString, QString> row;
            for (const QString &name : labels)
                row.insert(name, labelled.value(name));
            rows << row;
        }
    }
    const auto order = [&](const QHash<QString, QString> &row) {
        QList<qsizetype> position;
        for (int i = 0; i < labels.size(); ++i) {
            const qsizetype at = valuesOf.at(i).indexOf(row.value(labels.at(i)));
            position << (at < 0 ? valuesOf.at(i).size() : at);
        }
        return position;
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const auto &a, const auto &b) { return order(a) < order(b); });
    Breakdown breakdown{labels, {}};
    for (const QHash<QString, QString> &row : std::as_const(rows))
        breakdown.rows << labelsKey(row);
    return breakdown;
}

// The places of one table: the areas of the region (or the area alone), then the region, the rest
// of the country and the country.
struct Places {
    QList<const Area *> areas;
    int viewed = 0;       // the area asked about, among `areas`
    int region = -1;      // -1: the area has no region
    int rest = 0;
    int nation = 0;
    int count = 0;
};

Places placesFor(const QList<Area> &areas, const Area &area)
{
    Places places;
    if (!area.region.isEmpty()) {
        for (const Area &other : areas) {
            if (other.region == area.region)
                places.areas << &other;
        }
    }
    if (std::none_of(places.areas.cbegin(), places.areas.cend(), [&](const Area *a) { return a->code == area.code; }))
        places.areas << &area;
    std::sort(places.areas.begin(), places.areas.end(), [](const Area *a, const Area *b) { return a->code < b->code; });
    places.viewed = int(std::find_if(places.areas.cbegin(), places.areas.cend(),
                                     [&](const Area *a) { return a->code == area.code; })
                        - places.areas.cbegin());
    int next = int(places.areas.size());
    if (!area.region.isEmpty())
        places.region = next++;
    places.rest = next++;
    places.nation = next++;
    places.count = next;
    return places;
}

// Reads the counts of the period for the region's areas and for the whole country, by metric.
bool readCounts(QSqlDatabase &db, const Places &places, const ReportPeriod &period,
                QHash<QString, QList<Count>> *byMetric, QString *error)
{
    QHash<QString, int> weekIndex;
    for (int i = 0; i < period.weeks.size(); ++i)
        weekIndex.insert(period.weeks.at(i), i);
    QStringList marks;
    for (int i = 0; i < places.areas.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery areaRows(db);
    areaRows.setForwardOnly(true);
    areaRows.prepare(QStringLiteral("SELECT area, week, metric, labels, total FROM aggregates "
                                    "WHERE week >= ? AND week <= ? AND area IN (%1)")
                         .arg(marks.join(QStringLiteral(", "))));
    areaRows.addBindValue(period.first());
    areaRows.addBindValue(period.last());
    QHash<QString, int> placeOfArea;
    for (int i = 0; i < places.areas.size(); ++i) {
        areaRows.addBindValue(places.areas.at(i)->code);
        placeOfArea.insert(places.areas.at(i)->code, i);
    }
    if (!areaRows.exec()) {
        *error = areaRows.lastError().text();
        return false;
    }
    while (areaRows.next()) {
        (*byMetric)[areaRows.value(2).toString()]
            << Count{placeOfArea.value(areaRows.value(0).toString()), weekIndex.value(areaRows.value(1).toString()),
                     areaRows.value(3).toString(), areaRows.value(4).toLongLong()};
    }
    QSqlQuery nationRows(db);
    nationRows.setForwardOnly(true);
    // Kept up to date as reports arrive (national_aggregates), rather than added up here from
    // every area's rows.
    nationRows.prepare(QStringLiteral("SELECT week, metric, labels, total FROM national_aggregates "
                                      "WHERE week >= ? AND week <= ?"));
    nationRows.addBindValue(period.first());
    nationRows.addBindValue(period.last());
    if (!nationRows.exec()) {
        *error = nationRows.lastError().text();
        return false;
    }
    while (nationRows.next()) {
        (*byMetric)[nationRows.value(1).toString()]
            << Count{places.nation, weekIndex.value(nationRows.value(0).toString()), nationRows.value(2).toString(),
                     nationRows.value(3).toLongLong()};
    }
    return true;
}

// Where each kind of figure sits in a place's stretch of the table.
struct Columns {
    int weeks = 1;          // the total is column 0
    int months = 0;
    QList<int> breakdowns;  // first column of each breakdown
    int count = 0;
};

MetricFigures publishMetric(const Metric &metric, const QList<Count> &counts, const Places &places,
                            const ReportPeriod &period, const Area &area)
{
    MetricFigures figures{metric, {}, {}};
    for (const QStringList &labels : breakdownLabels(metric))
        figures.breakdowns << breakdownRows(metric, labels, counts);
    Columns columns;
    columns.months = columns.weeks + int(period.weeks.size());
    int next = columns.months + int(period.months.size());
    QList<QHash<QString, int>> rowIndex;
    for (const Breakdown &breakdown : std::as_const(figures.breakdowns)) {
        columns.breakdowns << next;
        QHash<QString, int> index;
        for (int row = 0; row < breakdown.rows.size(); ++row)
            index.insert(breakdown.rows.at(row), row);
        rowIndex << index;
        next += int(breakdown.rows.size());
    }
    columns.count = next;
    const auto at = [&](int place, int column) { return place * columns.count + column; };

    FigureTable table;
    table.values.fill(0, places.count * columns.count);
    for (const Count &count : counts) {
        table.values[at(count.place, 0)] += count.value;
        table.values[at(count.place, columns.weeks + count.week)] += count.value;
        table.values[at(count.place, columns.months + period.monthOfWeek.at(count.week))] += count.value;
        const QHash<QString, QString> labels = labelsFromKey(count.labels);
        for (int b = 0; b < figures.breakdowns.size(); ++b) {
            const int row = rowIndex.at(b).value(projected(labels, figures.breakdowns.at(b).labels));
            table.values[at(count.place, columns.breakdowns.at(b) + row)] += count.value;
        }
    }
    const int knownPart = places.region >= 0 ? places.region : places.viewed;
    for (int column = 0; column < columns.count; ++column) {
        if (places.region >= 0) {
            QList<int> parts;
            for (int a = 0; a < places.areas.size(); ++a) {
                table.values[at(places.region, column)] += table.values.at(at(a, column));
                parts << at(a, column);
            }
            table.sums << FigureTable::Sum{at(places.region, column), parts};
        }
        table.values[at(places.rest, column)] =
            std::max<qint64>(0, table.values.at(at(places.nation, column)) - table.values.at(at(knownPart, column)));
        table.sums << FigureTable::Sum{at(places.nation, column), {at(knownPart, column), at(places.rest, column)}};
        table.unpublished << at(places.rest, column);
    }
    for (int place = 0; place < places.count; ++place) {
        QList<int> weeks;
        QList<int> months;
        QList<QList<int>> weeksOfMonth(period.months.size());
        for (int w = 0; w < period.weeks.size(); ++w) {
            weeks << at(place, columns.weeks + w);
            weeksOfMonth[period.monthOfWeek.at(w)] << at(place, columns.weeks + w);
        }
        for (int m = 0; m < period.months.size(); ++m) {
            months << at(place, columns.months + m);
            table.sums << FigureTable::Sum{at(place, columns.months + m), weeksOfMonth.at(m)};
        }
        table.sums << FigureTable::Sum{at(place, 0), weeks} << FigureTable::Sum{at(place, 0), months};
        for (int b = 0; b < figures.breakdowns.size(); ++b) {
            QList<int> rows;
            for (int row = 0; row < figures.breakdowns.at(b).rows.size(); ++row)
                rows << at(place, columns.breakdowns.at(b) + row);
            table.sums << FigureTable::Sum{at(place, 0), rows};
        }
    }
    const QList<PublishedFigure> published = publishTable(table);
    const auto placeFigures = [&](int place, const QString &name) {
        PlaceFigures shown{name, published.at(at(place, 0)), {}, {}, {}};
        for (int w = 0; w < period.weeks.size(); ++w)
            shown.weeks << published.at(at(place, columns.weeks + w));
        for (int m = 0; m < period.months.size(); ++m)
            shown.months << published.at(at(place, columns.months + m));
        for (int b = 0; b < figures.breakdowns.size(); ++b) {
            QList<PublishedFigure> rows;
            for (int row = 0; row < figures.breakdowns.at(b).rows.size(); ++row)
                rows << published.at(at(place, columns.breakdowns.at(b) + row));
            shown.breakdowns << rows;
        }
        return shown;
    };
    figures.places << placeFigures(places.viewed, area.name);
    if (places.region >= 0)
        figures.places << placeFigures(places.region, area.region);
    figures.places << placeFigures(places.nation, QStringLiteral("National"));
    return figures;
}

} // namespace

AreaFigures areaFigures(QSqlDatabase &db, const MetricRegistry &registry, const QList<Area> &areas,
                        const Area &area, const ReportPeriod &period)
{
    const Places places = placesFor(areas, area);
    QHash<QString, QList<Count>> byMetric;
    AreaFigures figures;
    if (!readCounts(db, places, period, &byMetric, &figures.error))
        return figures;
    for (const Metric &metric : registry.metrics)
        figures.metrics << publishMetric(metric, byMetric.value(metric.name), places, period, area);
    return figures;
}

} // namespace cg
