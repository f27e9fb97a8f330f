#pragma once

#include <QString>

namespace cg {

// The first line of standard input, without its line ending: a password piped in by a script, or
// typed at a terminal, where it is not shown as it is typed (and a prompt goes to stderr).
QString readPasswordFromStandardInput();

} // namespace cg
