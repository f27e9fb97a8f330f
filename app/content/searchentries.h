#pragma once

#include "core/module.h"
#include "core/searchentry.h"

namespace cg {

// What search looks through for a guide: its title and summary; its topics, search words and
// part titles as keywords; and every word a parent would read in it.
SearchEntry moduleSearchEntry(const Module &module);

} // namespace cg
