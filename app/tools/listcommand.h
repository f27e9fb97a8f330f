#pragma once

#include "tools/toolcommand.h"

namespace cg {

// "list DIR": one line per module that loads: id, title and number of sections, separated by
// tabs. The national modules come first; then each area pack's own modules, their id written
// <slug>/<id> (such as "sefton/arguing-better") so a local version is told apart from the national
// one it replaces. Modules that do not load are reported on stderr and the exit code is 1.
ToolCommand listCommand();

} // namespace cg
