#pragma once

#include "core/area.h"
#include "server/areafigures.h"

#include <QJsonObject>

namespace cg {

// GET /api/v1/areas/{code}/summary as JSON: the area, the period's weeks and months, and for each
// metric its total, weekly and monthly figures and breakdowns for the area, its region and the
// country. Each figure is a number (0, or rounded to the nearest 5), the text "<10", or null where
// it is hidden to protect a small number; never anything the dashboard does not show.
QJsonObject summaryJson(const Area &area, const ReportPeriod &period, const AreaFigures &figures);

} // namespace cg
