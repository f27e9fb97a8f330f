#include "core/validationissue.h"

namespace cg {

QString ValidationIssue::toString() const
{
    QString text = file;
    if (!where.isEmpty())
        text += QStringLiteral(": ") + where;
    return text + QStringLiteral(": ") + message;
}

} // namespace cg
