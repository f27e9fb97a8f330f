#pragma once

#include "tools/toolcommand.h"

#include <QDate>

namespace cg {

// "import-oruk SOURCE --area CODE --out FILE [--report FILE] [--content DIR] [--attribution TEXT]
// [--max-pages N]": turns a council's Open Referral UK feed, saved as a JSON file or read live from
// its http(s):// base URL, into an area services file the app loads, and prints what it did. Exits
// 0 when the feed was read, even with skipped records; 1 when SOURCE is not a directory feed or a
// page of it failed (then nothing is written); 2 for a wrong command line. `today` decides staleness.
ToolCommand importOrukCommand(QDate today);

} // namespace cg
