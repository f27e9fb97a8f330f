#pragma once

#include "core/metricregistry.h"

#include <QList>
#include <QStringList>

namespace cg {

// How each metric's counts are split on the dashboard and in the summary: each entry is a set of
// labels whose values name one row of a table ("module" gives one row per guide; "module" and
// "section" one row per part of each guide, which shows where people stop). A metric without
// labels has none: its total and its trend say everything.
QList<QStringList> breakdownLabels(const Metric &metric);

// The metric's heading on the dashboard, in a coordinator's words ("Active installs"), and a line
// saying what is counted; the registry's own title and description (written for parents) when
// nothing better is needed.
QString dashboardTitle(const Metric &metric);
QString dashboardNote(const Metric &metric);

} // namespace cg
