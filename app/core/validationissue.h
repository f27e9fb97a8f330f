#pragma once

#include <QList>
#include <QString>

namespace cg {

// One problem found in a content folder, worded for the council's content editor.
struct ValidationIssue {
    // An error stops a release (the validate command exits 1); a warning names something an editor
    // still has to do that the app can live with meanwhile, so it is printed but passes.
    enum class Severity { Error, Warning };

    QString file;     // path relative to the content folder
    QString where;    // field name or "line N"; may be empty
    QString message;
    Severity severity = Severity::Error;

    bool isWarning() const { return severity == Severity::Warning; }

    // "areas/sefton.json: code: must be an ONS code such as E08000014", and for a warning
    // "warning: areas/sefton/services.json: sefton-relate: needs a way to get in touch: ..."
    QString toString() const;
};

using ValidationIssues = QList<ValidationIssue>;

qsizetype countWarnings(const ValidationIssues &issues);
// True when any issue is an error; warnings alone leave content valid.
bool hasErrors(const ValidationIssues &issues);

} // namespace cg
