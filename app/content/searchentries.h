#pragma once

#include "core/module.h"
#include "core/searchentry.h"
#include "core/service.h"

namespace cg {

// What search looks through for a guide: its title and summary; its topics, search words and
// part titles as keywords; and every word a parent would read in it.
SearchEntry moduleSearchEntry(const Module &module);

// What search looks through for a service: its name and summary; its topics, who it is for and
// its provider as keywords.
SearchEntry serviceSearchEntry(const Service &service);

} // namespace cg
