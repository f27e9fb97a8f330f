#pragma once

#include <QStringList>

class QQuickItem;

namespace cg {

// Checks every visible item under `root` for what makes a screen hard to use:
//  - a control (anything a person can tap) without an explicit Accessible.name (Qt fills one in
//    from the text only while a screen reader is running, so a missing one is easy to miss);
//  - a control smaller than 48 x 48 pixels, too small for a finger;
//  - text that was cut short (elided or past its line limit), as with a long translation.
// Returns one line per problem naming the item by its text or type.
QStringList checkItems(QQuickItem *root);

} // namespace cg
