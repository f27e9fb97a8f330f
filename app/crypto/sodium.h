#pragma once

namespace cg {

// Starts libsodium once (it is safe to call again). Every crypto function here calls it first,
// so no caller has to remember. False only if the library cannot start, which makes every
// operation fail closed.
bool sodiumReady();

} // namespace cg
