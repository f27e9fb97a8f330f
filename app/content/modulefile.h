#pragma once

#include "content/topiclists.h"
#include "core/module.h"
#include "core/validationissue.h"

#include <QDate>
#include <QJsonObject>

#include <optional>

namespace cg {

struct ModuleHeaderResult {
    std::optional<Module> module;  // without sections; empty when any issue was found
    ValidationIssues issues;
};

// The rules for modules/<folder>/module.json without which the app cannot use the module:
// required fields of the right type, an id matching the folder, known audiences and topics, and 4
// to 8 section file names. `file` names the file in issues.
ModuleHeaderResult parseModuleHeader(const QJsonObject &object, const QString &folder, const QString &file,
                                     const TopicLists &topics);

// The rules for a well-kept module that the app can live without: no unknown (misspelt) fields, a
// review date within the last 12 months of `today`, the blocks every module needs, no couple
// exercise in the module that leads to the safety route, and the reading level. `location` is the
// module's folder relative to the content folder ("modules/<id>" or "areas/<slug>/modules/<id>"),
// so issues name the file the editor has to open.
ValidationIssues reviewModule(const QJsonObject &object, const Module &module, const QString &location, QDate today);

} // namespace cg
