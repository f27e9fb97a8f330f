#pragma once

#include "core/area.h"

#include <QStringList>

#include <optional>

namespace cg {

// What a recommendation code can name in one area: the guides a parent there sees (national and
// the area's own) and the services (national helplines and the area's own), by id.
struct AreaCatalogue {
    Area area;
    QStringList moduleIds;
    QStringList serviceIds;
};

// Nullopt, with `error` naming the known areas, when no area pack has this ONS code.
std::optional<AreaCatalogue> loadAreaCatalogue(const QString &contentDir, const QString &areaCode, QString *error);

} // namespace cg
