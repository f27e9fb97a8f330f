#include "core/area.h"

#include <QRegularExpression>

namespace cg {

bool isOnsAreaCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^(E0[6-9]|W06)\\d{6}$"));
    return pattern.match(code).hasMatch();
}

const Area *findArea(const QList<Area> &areas, const QString &code)
{
    if (code.isEmpty())
        return nullptr;
    for (const Area &area : areas) {
        if (area.code == code)
            return &area;
    }
    return nullptr;
}

const QStringList &onsRegions()
{
    static const QStringList regions{
        QStringLiteral("North East"), QStringLiteral("North West"), QStringLiteral("Yorkshire and The Humber"),
        QStringLiteral("East Midlands"), QStringLiteral("West Midlands"), QStringLiteral("East of England"),
        QStringLiteral("London"), QStringLiteral("South East"), QStringLiteral("South West"), QStringLiteral("Wales")};
    return regions;
}

} // namespace cg
