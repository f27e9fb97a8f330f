#pragma once

#include "server/servercommandline.h"

namespace cg {

// `commonground-server export`: the quarter's CSV to standard output; a reason to standard error
// and exit 1 when the area is unknown or the database or content cannot be read.
int runExport(const ExportOptions &options);

} // namespace cg
