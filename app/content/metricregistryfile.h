#pragma once

#include "core/checkin.h"
#include "core/metricregistry.h"
#include "core/validationissue.h"

#include <QDate>
#include <QHash>

namespace cg {

// The closed lists a label may take its values from, by name: "modules" (every guide's id),
// "service-topics", "tiers", "agency-types", "checkin-stages" and "checkin-measures".
using MetricLists = QHash<QString, QStringList>;

// The lists from what the app has: its guides' ids, the service topics, and the check-in's stages
// and measures; the service tiers and agency types are the app's own.
MetricLists metricLists(const QStringList &moduleIds, const QStringList &serviceTopics, const CheckInDefinition &checkIn);

struct MetricRegistryResult {
    std::optional<MetricRegistry> registry;  // empty when any error was found
    ValidationIssues issues;
};

// Reads content/metrics.json and checks it: schema 1; every metric named once, in lower-case words
// joined by dots ("module.started"), with a plain description and reason a parent can read; each
// label taking its values from a known list or a written-out list; a weekly most of 1 or more;
// and app.active there, with no labels and a most of 1.
MetricRegistryResult readMetricRegistry(const QString &contentDir, const MetricLists &lists);

// What a well-kept registry also needs: a review date in the last 12 months.
ValidationIssues reviewMetricRegistry(const MetricRegistry &registry, QDate today);

} // namespace cg
