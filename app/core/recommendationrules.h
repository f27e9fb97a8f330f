#pragma once

#include "core/module.h"
#include "core/service.h"

namespace cg {

// What a family worker's code may put on a parent's Home, the first screen anyone picking up the
// phone sees. The guide that leads to the safety route and domestic-abuse or crisis services stay
// one tap away under Safety instead; the code builder never offers them, and Home never shows them
// even from a printed code. One place for the rule, so the builder and Home cannot drift apart.
bool fitsParentsHome(const Module &module);
bool fitsParentsHome(const Service &service);

// Help that needs both parents together (relationship support, mediation): never suggested where
// there are signs of abuse, nor shown on Home once the parent has reached the safety route.
bool isCoupleHelp(const Service &service);

} // namespace cg
