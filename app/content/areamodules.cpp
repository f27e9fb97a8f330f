#include "content/areamodules.h"

#include <QDir>

namespace cg {

AreaModulesResult loadAreaModules(const QString &contentDir, const QList<Module> &nationalModules)
{
    AreaModulesResult result;
    const QDir areas(QDir(contentDir).filePath(QStringLiteral("areas")));
    const QStringList slugs = areas.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QSet<QString> nationalIds;
    for (const Module &module : nationalModules)
        nationalIds.insert(module.id);
    // Read once, and only when some area has modules: most packs carry none.
    std::optional<TopicLists> topics;
    for (const QString &slug : slugs) {
        const QString location = QStringLiteral("areas/%1/modules").arg(slug);
        const QString path = QDir(contentDir).filePath(location);
        if (!QDir(path).exists())
            continue;
        if (!topics)
            topics = readTopicLists(contentDir);
        ModuleLoadResult loaded = loadModuleFolder({path, location, nationalIds}, *topics);
        result.issues += loaded.issues;
        result.areas.append({slug, std::move(loaded.modules), std::move(loaded.sources)});
    }
    return result;
}

} // namespace cg
