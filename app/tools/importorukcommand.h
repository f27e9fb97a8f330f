#pragma once

#include "tools/toolcommand.h"

#include <QDate>

namespace cg {

// "import-oruk SOURCE --area CODE --out FILE [--report FILE] [--content DIR] [--attribution TEXT]":
// turns a council's Open Referral UK feed, saved as a JSON file, into an area services file the
// app loads, and prints what it did. Exits 0 when the feed was read, even with skipped records;
// 1 when SOURCE is not a directory feed; 2 for a wrong command line. `today` decides staleness.
ToolCommand importOrukCommand(QDate today);

} // namespace cg
