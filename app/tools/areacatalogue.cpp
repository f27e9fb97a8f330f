#include "tools/areacatalogue.h"

#include "content/areamodules.h"
#include "content/arealoader.h"
#include "content/moduleloader.h"
#include "content/serviceloader.h"

namespace cg {

std::optional<AreaCatalogue> loadAreaCatalogue(const QString &contentDir, const QString &areaCode, QString *error)
{
    const AreaLoadResult areas = loadAreas(contentDir);
    const Area *area = findArea(areas.areas, areaCode);
    if (!area) {
        QStringList known;
        for (const Area &each : areas.areas)
            known << QStringLiteral("%1 (%2)").arg(each.code, each.name);
        *error = QStringLiteral("no area pack has the code %1; known areas: %2").arg(areaCode, known.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    AreaCatalogue catalogue{*area, {}, {}};
    const ModuleLoadResult national = loadModules(contentDir);
    for (const Module &module : national.modules)
        catalogue.moduleIds << module.id;
    for (const AreaModules &own : loadAreaModules(contentDir, national.modules).areas) {
        if (own.slug != area->slug)
            continue;
        for (const Module &module : own.modules) {
            if (!catalogue.moduleIds.contains(module.id))
                catalogue.moduleIds << module.id;
        }
    }
    const ServiceLoadResult services = loadServices(contentDir, areas.areas);
    for (const Service &service : services.national + services.byAreaSlug.value(area->slug))
        catalogue.serviceIds << service.id;
    return catalogue;
}

} // namespace cg
