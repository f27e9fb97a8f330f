#pragma once

#include "core/area.h"
#include "server/account.h"

namespace cg {

// Whether `account` may see `area`'s figures: a coordinator or admin of that area, of its region,
// or of the whole country.
bool maySee(const Account &account, const Area &area);

} // namespace cg
