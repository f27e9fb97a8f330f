#pragma once

#include "content/moduleloader.h"

namespace cg {

// The modules one area pack carries in areas/<slug>/modules/: each replaces the national module
// with the same id for that area, or adds one only that area sees (see modulesForArea).
struct AreaModules {
    QString slug;                 // the area's folder name
    QList<Module> modules;        // only whole modules, sorted by folder name
    QList<ModuleSource> sources;  // the same modules with their module.json, for the validator
};

struct AreaModulesResult {
    QList<AreaModules> areas;  // every area folder that has a modules/ folder, in folder-name order
    ValidationIssues issues;   // why any area module was left out, naming areas/<slug>/modules/...
};

// Reads every <contentDir>/areas/<slug>/modules/<id>/ with the same rules as loadModules. An area
// module's related_modules may name the national modules (nationalModules, as loadModules gave
// them) or modules of the same area, never another area's. Topics come from the top-level
// topics.json; its problems are left to loadModules, which callers run first for nationalModules,
// so they are reported once.
AreaModulesResult loadAreaModules(const QString &contentDir, const QList<Module> &nationalModules);

} // namespace cg
