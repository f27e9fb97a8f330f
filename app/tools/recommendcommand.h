#pragma once

#include "tools/toolcommand.h"

namespace cg {

// commonground-content recommend: makes the typed code (and QR image) for a printed
// recommendation, or reads one back with --decode.
ToolCommand recommendCommand();

} // namespace cg
