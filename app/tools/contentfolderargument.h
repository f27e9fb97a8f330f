#pragma once

#include "core/validationissue.h"
#include "tools/toolcommand.h"

#include <optional>

namespace cg {

// The one DIR argument that validate, list and readability take. Prints the usage line and returns
// nothing when the arguments are not exactly one folder (or --help).
std::optional<QString> contentFolderArgument(const QString &command, const QString &purpose,
                                             const QStringList &arguments, ToolStreams streams, int *exitCode);

// An issue with its file shown as the editor typed the folder: "content/areas/x/area.json: ...".
QString locatedIssue(const QString &dir, const ValidationIssue &issue);

} // namespace cg
