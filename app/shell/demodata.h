#pragma once

#include "core/area.h"

#include <QList>
#include <QString>

namespace cg {

class SettingsController;

// Believable demo state for screenshots, docs and tests: a separated parent in Sefton who has
// finished first run and not (yet) shared statistics. Made up for this app; no real person's data.
bool fillDemoData(SettingsController &settings, const QList<Area> &areas, QString *error);

} // namespace cg
