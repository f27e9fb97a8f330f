#pragma once

#include "core/platformservices.h"

#include <memory>

namespace cg {

// Made once, in the app's composition root. Each platform folder defines it.
std::unique_ptr<PlatformServices> createPlatformServices();

} // namespace cg
