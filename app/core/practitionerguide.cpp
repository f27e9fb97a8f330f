#include "core/practitionerguide.h"

namespace cg {

const QStringList &pathwayRouteKeys()
{
    // In the enum's order.
    static const QStringList keys = {QStringLiteral("direct-referral"), QStringLiteral("self-referral"),
                                     QStringLiteral("talk-first"), QStringLiteral("not-a-referral-service"),
                                     QStringLiteral("unknown")};
    return keys;
}

QString pathwayRouteKey(PathwayRoute route)
{
    return pathwayRouteKeys().at(int(route));
}

std::optional<PathwayRoute> pathwayRouteFromKey(const QString &key)
{
    const qsizetype index = pathwayRouteKeys().indexOf(key);
    if (index < 0)
        return std::nullopt;
    return PathwayRoute(index);
}

} // namespace cg
