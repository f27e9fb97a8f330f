#pragma once

#include "core/validationissue.h"

#include <QDate>
#include <QString>

namespace cg {

// Every problem in a content folder, one issue per problem, in file order: everything loadAreas
// reports (an area the app would leave out), plus the rules for a well-kept pack: folder names,
// review dates (judged against today, a parameter so tests stay stable), misspelt fields, contact
// details in welcome words, and stray files the app would never read. Modules, national and those an
// area pack carries in areas/<slug>/modules/, are loaded and reviewed by the same rules, each issue
// naming the module's own file; search-words.json; and the services files (servicereview.h).
// Valid when no issue is an error (hasErrors); warnings name work still to do.
ValidationIssues validateContent(const QString &contentDir, QDate today = QDate::currentDate());

} // namespace cg
