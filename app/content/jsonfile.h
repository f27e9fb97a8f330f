#pragma once

#include "core/validationissue.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

#include <optional>

namespace cg {

// A parsed JSON file, or the one problem that stopped it being read.
struct JsonFileResult {
    QJsonDocument document;
    std::optional<ValidationIssue> issue;
};

// Parses text. Errors name a line ("line 3"), not a byte offset, because content editors look at
// lines; relativeFile is how the issue names the file.
JsonFileResult parseJson(const QByteArray &text, const QString &relativeFile);

// Reads path (a disk path or a ":/..." resource path) and parses it as above.
JsonFileResult readJsonFile(const QString &path, const QString &relativeFile);

} // namespace cg
