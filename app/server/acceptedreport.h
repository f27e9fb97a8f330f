#pragma once

#include "core/statisticsstore.h"

#include <QString>

namespace cg {

// A report that passed every check, reduced to what the aggregates need. The app version is
// dropped here: nothing keeps it.
struct AcceptedReport {
    QString reportId;
    QString week;      // "YYYY-Www"
    QString areaCode;  // empty when the parent did not choose an area
    QList<WeeklyCount> counts;
};

// A count's labels in the one text form the aggregates are keyed by and the CSV export shows:
// key=value pairs sorted by key and joined with ";", empty for none.
QString labelsKey(const QHash<QString, QString> &labels);

// The labels written in that form, read back.
QHash<QString, QString> labelsFromKey(const QString &key);

} // namespace cg
