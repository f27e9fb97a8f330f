#pragma once

#include "content/topiclists.h"
#include "core/module.h"
#include "content/topiclists.h"
#include "core/validationissue.h"

#include <QJsonObject>
#include <QSet>

namespace cg {

// A module folder whose module.json was read, kept so the validator can review it further.
struct ModuleSource {
    QString folder;    // the folder name, which is the module's id
    QString location;  // relative to the content folder, for issues: "modules/<id>" or "areas/<slug>/modules/<id>"
    QJsonObject object;
    Module module;
};

struct ModuleLoadResult {
    QList<Module> modules;         // only whole modules, sorted by folder name
    QList<ModuleSource> sources;   // the same modules with their module.json
    ValidationIssues issues;       // why any module was left out
    TopicLists topics;             // content/topics.json as read for these modules
};

// One folder of module folders: the national modules/ or an area pack's areas/<slug>/modules/.
struct ModuleFolder {
    QString path;                   // disk or ":/..." resource path of the folder
    QString location;               // how issues name it: "modules" or "areas/<slug>/modules"
    QSet<QString> linkableElsewhere;  // ids related_modules may name besides the modules in this folder
};

// The one set of rules for every module folder: a module with broken JSON, a missing or malformed
// section, an unknown block type, a repeated block id or a link to a module that is neither loaded
// from this folder nor in linkableElsewhere is left out with an issue; the rest load. topics.json
// problems are not repeated here: the caller read the topics and reports them once.
ModuleLoadResult loadModuleFolder(const ModuleFolder &folder, const TopicLists &topics);

// Reads every <contentDir>/modules/<id>/ (disk or ":/..." resource paths) with the rules above,
// reporting topics.json problems too. A content folder without modules/ has no modules and no
// issues.
ModuleLoadResult loadModules(const QString &contentDir);

} // namespace cg
