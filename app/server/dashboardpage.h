#pragma once

#include "content/labelnames.h"
#include "core/area.h"
#include "server/areafigures.h"

#include <QByteArray>

namespace cg {

// Everything one dashboard page shows.
struct DashboardView {
    QString email;          // who is signed in
    Area area;
    ReportPeriod period;
    bool byMonth = false;   // trends by month rather than by week
    AreaFigures figures;
    LabelNames names;
    QList<Area> otherAreas;  // the other areas this account may see, to move between
    QStringList quarters;    // offered for the CSV download ("2026-Q4"), newest first
};

// The dashboard for one area: for each metric, its total beside the region's and the country's,
// trends as bar charts, and its breakdowns as tables; a form to choose the weeks; the CSV download.
QByteArray dashboardPage(const DashboardView &view);

// For an account that sees more than one area: the areas to choose from.
QByteArray areaChoicePage(const QString &email, const QList<Area> &areas);

} // namespace cg
