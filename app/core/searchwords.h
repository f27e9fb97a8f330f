#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace cg {

// Everyday words a parent might type, each with the words the guides and services use for the
// same thing: "ex" finds "co-parent", "kids" finds "children". Kept in content/search-words.json
// so a council can add its own local words without a programmer.
using SearchWords = QHash<QString, QStringList>;

} // namespace cg
