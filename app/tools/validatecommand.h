#pragma once

#include "tools/toolcommand.h"

namespace cg {

// "validate DIR": lists every problem in a content folder, one line each on stderr, prefixed with
// the file's path under DIR; exits 1 if there are any, else prints a one-line summary and exits 0.
ToolCommand validateCommand();

} // namespace cg
