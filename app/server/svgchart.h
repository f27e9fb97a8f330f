#pragma once

#include "core/disclosurecontrol.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cg {

// Charts for the dashboard, drawn on the server as inline SVG: no script, no fonts or images from
// elsewhere, and they print. A "<10" is drawn as an outline reaching up to 9, the most it could
// be; a hidden figure as a grey mark on the baseline; so a chart never shows more than the figures.

// Bars over time for one place. `label` names the chart for screen readers (the figures are also
// in a table beside it); `periods` names each bar, in order.
QString trendChart(const QString &label, const QStringList &periods, const QList<PublishedFigure> &figures);

// One horizontal bar for a row of a table, its length `figure` against `largest`; decorative, as
// the number is printed beside it.
QString rowBar(const PublishedFigure &figure, qint64 largest);

// The scale a set of figures is drawn against: the largest that could be true, at least 1.
qint64 largestShown(const QList<PublishedFigure> &figures);

} // namespace cg
