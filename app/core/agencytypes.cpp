#include "core/agencytypes.h"

namespace cg {

const QStringList &agencyTypes()
{
    static const QStringList types{QStringLiteral("health-visiting"),       QStringLiteral("midwifery"),
                                   QStringLiteral("early-help"),            QStringLiteral("childrens-social-care"),
                                   QStringLiteral("school"),                QStringLiteral("police"),
                                   QStringLiteral("gp-or-health"),          QStringLiteral("housing"),
                                   QStringLiteral("employment-support"),    QStringLiteral("voluntary-sector"),
                                   QStringLiteral("other")};
    return types;
}

} // namespace cg
