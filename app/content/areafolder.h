#pragma once

#include "core/validationissue.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace cg {

// One areas/<slug>/area.json that was read and holds a JSON object.
struct AreaSource {
    QString slug;  // the folder name
    QString file;  // "areas/<slug>/area.json", relative to the content folder
    QJsonObject object;
};

struct AreaFolderContents {
    QList<AreaSource> sources;  // in folder-name order
    ValidationIssues issues;
};

// Reads every <contentDir>/areas/*/area.json. A missing content or areas folder, an area folder
// without area.json, and a file that is not a JSON object each become an issue. Works on disk
// paths and on ":/..." resource paths alike.
AreaFolderContents readAreaFolder(const QString &contentDir);

// The relative name issues use for an area's file.
QString areaFilePath(const QString &slug);

} // namespace cg
