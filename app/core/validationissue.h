#pragma once

#include <QList>
#include <QString>

namespace cg {

// One problem found in a content folder, worded for the council's content editor.
struct ValidationIssue {
    QString file;     // path relative to the content folder
    QString where;    // field name or "line N"; may be empty
    QString message;

    // "areas/sefton.json: code: must be an ONS code such as E08000014"
    QString toString() const;
};

using ValidationIssues = QList<ValidationIssue>;

} // namespace cg
