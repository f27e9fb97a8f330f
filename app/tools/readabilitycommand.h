#pragma once

#include "tools/toolcommand.h"

namespace cg {

// "readability DIR": each section's Flesch-Kincaid grade ("module-id<TAB>file<TAB>grade"), then
// each module's average ("module-id<TAB>average<TAB>grade"). Grade 6 is about reading age 11.
ToolCommand readabilityCommand();

} // namespace cg
