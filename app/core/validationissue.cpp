#include "core/validationissue.h"

#include <QStringList>

#include <algorithm>

namespace cg {

QString ValidationIssue::toString() const
{
    QStringList parts;
    // First on the line, so a warning is told from an error at a glance and by grep.
    if (isWarning())
        parts << QStringLiteral("warning");
    for (const QString &part : {file, where, message}) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(QStringLiteral(": "));
}

qsizetype countWarnings(const ValidationIssues &issues)
{
    return std::count_if(issues.cbegin(), issues.cend(), [](const ValidationIssue &issue) { return issue.isWarning(); });
}

bool hasErrors(const ValidationIssues &issues)
{
    return countWarnings(issues) < issues.size();
}

} // namespace cg
