#include "content/contentmetricregistry.h"

#include "content/areamodules.h"
#include "content/checkinfile.h"
#include "content/moduleloader.h"
#include "content/topiclists.h"

namespace cg {

MetricRegistryResult readContentMetricRegistry(const QString &contentDir)
{
    const CheckInFileResult checkIn = readCheckIn(contentDir);
    if (!checkIn.definition)
        return MetricRegistryResult{std::nullopt, checkIn.issues};
    const ModuleLoadResult national = loadModules(contentDir);
    QStringList moduleIds;
    for (const Module &module : national.modules)
        moduleIds << module.id;
    for (const AreaModules &area : loadAreaModules(contentDir, national.modules).areas) {
        for (const Module &module : area.modules)
            moduleIds << module.id;
    }
    return readMetricRegistry(contentDir,
                              metricLists(moduleIds, readTopicLists(contentDir).serviceTopics, *checkIn.definition));
}

} // namespace cg
