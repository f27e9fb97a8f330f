#include "core/validationissue.h"

#include <QStringList>

namespace cg {

QString ValidationIssue::toString() const
{
    QStringList parts;
    for (const QString &part : {file, where, message}) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(QStringLiteral(": "));
}

} // namespace cg
