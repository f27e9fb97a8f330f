#pragma once

#include "core/module.h"

#include <QList>

namespace cg {

// The guides a parent in one area sees: the national modules, where an area module with the same
// id takes the national one's place, plus the area's own new modules. Sorted by id, as the
// national modules are loaded (by folder name, which is the id), so a replaced guide stays where
// parents are used to finding it.
QList<Module> modulesForArea(const QList<Module> &nationalModules, const QList<Module> &areaModules);

// Every module's id, in order.
QStringList moduleIds(const QList<Module> &modules);

// The module with `id` in `modules`, or nullptr.
const Module *findModule(const QList<Module> &modules, const QString &id);

} // namespace cg
