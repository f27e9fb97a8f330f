#pragma once

#include "content/metricregistryfile.h"

namespace cg {

// content/metrics.json read against everything in the content folder: every guide (national and
// each area's own), the service topics and the check-in. This is the registry the server accepts
// reports by, so a count from any area's app fits it.
MetricRegistryResult readContentMetricRegistry(const QString &contentDir);

} // namespace cg
