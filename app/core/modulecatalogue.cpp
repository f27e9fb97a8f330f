#include "core/modulecatalogue.h"

#include <algorithm>

namespace cg {

QList<Module> modulesForArea(const QList<Module> &nationalModules, const QList<Module> &areaModules)
{
    QList<Module> merged = nationalModules;
    for (const Module &local : areaModules) {
        const auto national = std::find_if(merged.begin(), merged.end(),
                                           [&](const Module &module) { return module.id == local.id; });
        if (national != merged.end())
            *national = local;
        else
            merged.append(local);
    }
    std::stable_sort(merged.begin(), merged.end(),
                     [](const Module &a, const Module &b) { return a.id < b.id; });
    return merged;
}

QStringList moduleIds(const QList<Module> &modules)
{
    QStringList ids;
    for (const Module &module : modules)
        ids << module.id;
    return ids;
}

const Module *findModule(const QList<Module> &modules, const QString &id)
{
    const auto found = std::find_if(modules.cbegin(), modules.cend(), [&id](const Module &module) { return module.id == id; });
    return found == modules.cend() ? nullptr : &*found;
}

} // namespace cg
