#pragma once

#include "core/metricregistry.h"
#include "core/statisticsstore.h"

#include <QByteArray>
#include <QJsonObject>

namespace cg {

// One week's anonymous report, as sent: wire format version 1,
// {"schema": 1, "report_id": "<uuid v4>", "app_version": "<major.minor>", "week": "<YYYY-Www>",
//  "area": "<ONS code>" or null, "counts": [{"metric": ..., "labels": {...}, "value": <int>}]}.
// Nothing else: a fresh random id per report, so reports from one phone cannot be linked.
struct WeeklyReport {
    QString reportId;    // a random UUID, made for this report only
    QString appVersion;  // "major.minor"
    QString week;        // "YYYY-Www"
    QString areaCode;    // empty: the parent did not say
    QList<WeeklyCount> counts;
};

QByteArray weeklyReportJson(const WeeklyReport &report);

// Why `report` is not a report the registry allows, or none: exactly the fields above, schema 1, a
// version 4 UUID, a major.minor version, a real ISO week, an ONS area code or null, and every count
// a metric and labels the registry lists, with a value from 1 to its weekly most, each once.
// The app checks every report with it before sending; the server checks every one it receives.
// Codes, besides countCheck's: extra_field, missing_field, bad_schema, bad_report_id,
// bad_app_version, bad_week, bad_area, bad_counts, duplicate_count.
std::optional<ReportProblem> reportCheck(const MetricRegistry &registry, const QJsonObject &report);

// reportCheck's sentence alone.
std::optional<QString> reportProblem(const MetricRegistry &registry, const QJsonObject &report);

} // namespace cg
