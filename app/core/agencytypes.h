#pragma once

#include <QStringList>

namespace cg {

// The kinds of agency a practitioner works for, as keys. The order is part of the recommendation
// code's format (a code carries the index): new kinds are only ever added at the end.
const QStringList &agencyTypes();

} // namespace cg
