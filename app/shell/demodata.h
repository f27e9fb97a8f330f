#pragma once

#include "core/area.h"

#include <QDate>
#include <QList>
#include <QString>

namespace cg {

class ModuleProgressStore;
class SettingsController;

// Believable demo state for screenshots, docs and tests: a separated parent in Sefton who has
// finished first run and not (yet) shared statistics, finished "Arguing better" and chose its
// try-this-week idea, and is part way through "Calming down". Made up for this app; no real
// person's data. Progress for a guide the content lacks is simply never shown.
bool fillDemoData(SettingsController &settings, const QList<Area> &areas, ModuleProgressStore &progress,
                  QDate today, QString *error);

} // namespace cg
