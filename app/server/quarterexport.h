#pragma once

#include "core/metricregistry.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace cg {

// One area's figures for one quarter as CSV, shaped for the quarterly return:
//   area,period,metric,labels,value
// one line per metric and set of labels used in the quarter (the weeks whose Thursday falls in it),
// summed over those weeks; labels as key=value pairs joined with ";"; value a number or "<10",
// every one passed through the disclosure control (publishFigure). Metrics without labels are
// always listed, with 0 when nothing was counted, so a return never has a silent gap.
struct QuarterExport {
    QByteArray csv;
    QString error;  // set when the quarter is not YYYY-Qn or the database cannot answer
};

QuarterExport exportQuarter(QSqlDatabase &db, const MetricRegistry &registry, const QString &areaCode,
                            const QString &quarter);

} // namespace cg
