#include "crypto/sodium.h"

#include <sodium.h>

namespace cg {

bool sodiumReady()
{
    // 0: started now; 1: already started; -1: cannot start.
    return sodium_init() >= 0;
}

} // namespace cg
