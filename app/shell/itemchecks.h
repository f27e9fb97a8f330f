#pragma once

#include <QStringList>

class QQuickItem;

namespace cg {

// Checks every visible item under `root` for what makes a screen hard to use:
//  - a control (anything a person can tap) without an accessible name for screen readers;
//  - a control smaller than 48 x 48 pixels, too small for a finger;
//  - text that was cut short (elided or past its line limit), as with a long translation.
// Returns one line per problem naming the item by its text or type.
QStringList checkItems(QQuickItem *root);

} // namespace cg
