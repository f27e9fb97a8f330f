#pragma once

#include "tools/toolcommand.h"

namespace cg {

// "validate DIR": lists every problem in a content folder, one line each on stderr, prefixed with
// the file's path under DIR (and a warning with "warning: " before that); exits 1 if any is an
// error, else prints a one-line summary that counts the warnings and exits 0.
ToolCommand validateCommand();

} // namespace cg
