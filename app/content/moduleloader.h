#pragma once

#include "core/module.h"
#include "core/validationissue.h"

#include <QJsonObject>

namespace cg {

// A module folder whose module.json was read, kept so the validator can review it further.
struct ModuleSource {
    QString folder;
    QJsonObject object;
    Module module;
};

struct ModuleLoadResult {
    QList<Module> modules;         // only whole modules, sorted by folder name
    QList<ModuleSource> sources;   // the same modules with their module.json
    ValidationIssues issues;       // why any module was left out
};

// Reads every <contentDir>/modules/<id>/ (disk or ":/..." resource paths). A module with broken
// JSON, a missing or malformed section, an unknown block type, a repeated block id or a link to a
// module that cannot be loaded is left out with an issue; the rest load. A content folder without
// modules/ has no modules and no issues.
ModuleLoadResult loadModules(const QString &contentDir);

} // namespace cg
