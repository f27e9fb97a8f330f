#pragma once

#include "core/area.h"
#include "core/disclosurecontrol.h"
#include "core/metricregistry.h"
#include "server/reportperiod.h"

#include <QSqlDatabase>

namespace cg {

// One way of splitting a metric's counts: by `labels`, one row per set of their values, each row
// in labelsKey form ("module=talking-when-tense;section=3").
struct Breakdown {
    QStringList labels;
    QStringList rows;
};

// A metric's figures for one place over the period, all as they may be published.
struct PlaceFigures {
    QString name;  // "Sefton", "North West", "National"
    PublishedFigure total;
    QList<PublishedFigure> weeks;   // one per week of the period
    QList<PublishedFigure> months;  // one per month of the period
    QList<QList<PublishedFigure>> breakdowns;  // per Breakdown, one per row
};

struct MetricFigures {
    Metric metric;
    QList<Breakdown> breakdowns;
    QList<PlaceFigures> places;  // the area, its region when it has one, and the whole country
};

struct AreaFigures {
    QList<MetricFigures> metrics;  // in the registry's order
    QString error;                 // set when the database could not answer
};

// Every metric's figures for `area` over `period`, beside its region's and the country's.
//
// Each metric's figures are published as one table through publishTable, with every sum a reader
// could know declared: a place's total is the sum of its weeks, of its months and of each
// breakdown's rows; a month is the sum of its weeks; a region's figures are the sums of its areas'
// (all of them, as the region's other coordinators see theirs); and the country's are the
// region's plus the rest of the country, which is never published. So the figures for an area
// are the same whoever in its region asks, and no "<10" can be narrowed from them to fewer than
// five possible values.
AreaFigures areaFigures(QSqlDatabase &db, const MetricRegistry &registry, const QList<Area> &areas,
                        const Area &area, const ReportPeriod &period);

} // namespace cg
