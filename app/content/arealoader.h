#pragma once

#include "content/areafolder.h"
#include "core/area.h"
#include "core/validationissue.h"

#include <QList>
#include <QString>

namespace cg {

struct AreaLoadResult {
    QList<Area> areas;
    ValidationIssues issues;
};

// Reads every <contentDir>/areas/*/area.json, sorted by area name. Problems become issues; a bad
// area is left out, never the whole list. contentDir may be a folder or ":/content".
AreaLoadResult loadAreas(const QString &contentDir);

// The same from files already read, so the validator reads each file once. When two areas share
// a code, the one in the folder that sorts first is kept and the other is reported.
AreaLoadResult loadAreas(const AreaFolderContents &contents);

} // namespace cg
