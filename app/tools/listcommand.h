#pragma once

#include "tools/toolcommand.h"

namespace cg {

// "list DIR": one line per module that loads: id, title and number of sections, separated by
// tabs. Modules that do not load are reported on stderr and the exit code is 1.
ToolCommand listCommand();

} // namespace cg
