#include "content/moduleloader.h"

#include "content/jsonfile.h"
#include "content/modulefile.h"
#include "content/sectionparser.h"
#include "content/topiclists.h"

#include <QDir>
#include <QFile>
#include <QSet>

namespace cg {
namespace {

// Reads one module folder; nullopt (with issues) when anything the app needs is wrong.
std::optional<ModuleSource> loadModule(const QDir &modulesDir, const QString &modulesLocation, const QString &folder,
                                       const TopicLists &topics, ValidationIssues &issues)
{
    const QString location = modulesLocation + QLatin1Char('/') + folder;
    const QString base = location + QLatin1Char('/');
    const QString file = base + QStringLiteral("module.json");
    const JsonFileResult json = readJsonFile(modulesDir.filePath(folder + QStringLiteral("/module.json")), file);
    if (json.issue) {
        issues << *json.issue;
        return std::nullopt;
    }
    if (!json.document.isObject()) {
        issues.append({file, QString(), QStringLiteral("must be one JSON object, { ... }")});
        return std::nullopt;
    }
    ModuleHeaderResult header = parseModuleHeader(json.document.object(), folder, file, topics);
    issues += header.issues;
    if (!header.module)
        return std::nullopt;

    Module module = *header.module;
    bool whole = true;
    QSet<QString> blockIds;
    for (ModuleSection &section : module.sections) {
        const QString sectionFile = base + section.file;
        QFile text(modulesDir.filePath(folder + QLatin1Char('/') + section.file));
        if (!text.open(QIODevice::ReadOnly)) {
            issues.append({sectionFile, QString(), QStringLiteral("file not found, but module.json lists it in sections")});
            whole = false;
            continue;
        }
        SectionParseResult parsed = parseSection(QString::fromUtf8(text.readAll()), sectionFile);
        issues += parsed.issues;
        if (!parsed.section) {
            whole = false;
            continue;
        }
        section = *parsed.section;
        section.file = sectionFile.mid(base.size());
        for (const SectionPart &part : std::as_const(section.parts)) {
            if (part.kind != SectionPart::Kind::Block)
                continue;
            if (blockIds.contains(part.block.id)) {
                issues.append({sectionFile, QStringLiteral("id"),
                               QStringLiteral("'%1' is used by another block in this module; "
                                              "each block needs its own id")
                                   .arg(part.block.id)});
                whole = false;
            }
            blockIds.insert(part.block.id);
        }
    }
    if (!whole)
        return std::nullopt;
    return ModuleSource{folder, location, json.document.object(), module};
}

// Leaves out modules that link to a module that is not there, until every link holds. Leaving one
// out can break another's link, hence the loop.
void dropBrokenLinks(QList<ModuleSource> &sources, const QSet<QString> &linkableElsewhere, ValidationIssues &issues)
{
    bool changed = true;
    while (changed) {
        changed = false;
        QSet<QString> ids = linkableElsewhere;
        for (const ModuleSource &source : std::as_const(sources))
            ids.insert(source.module.id);
        for (qsizetype i = sources.size() - 1; i >= 0; --i) {
            for (const QString &related : std::as_const(sources[i].module.relatedModules)) {
                if (ids.contains(related))
                    continue;
                issues.append({sources[i].location + QStringLiteral("/module.json"),
                               QStringLiteral("related_modules"),
                               QStringLiteral("'%1' is not a module that could be loaded").arg(related)});
                sources.removeAt(i);
                changed = true;
                break;
            }
        }
    }
}

} // namespace

ModuleLoadResult loadModuleFolder(const ModuleFolder &folder, const TopicLists &topics)
{
    ModuleLoadResult result;
    const QDir modulesDir(folder.path);
    for (const QString &name : modulesDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (auto source = loadModule(modulesDir, folder.location, name, topics, result.issues))
            result.sources << *source;
    }
    dropBrokenLinks(result.sources, folder.linkableElsewhere, result.issues);
    for (const ModuleSource &source : std::as_const(result.sources))
        result.modules << source.module;
    return result;
}

ModuleLoadResult loadModules(const QString &contentDir)
{
    const QString location = QStringLiteral("modules");
    const QString path = QDir(contentDir).filePath(location);
    if (!QDir(path).exists())
        return {};
    const TopicLists topics = readTopicLists(contentDir);
    ModuleLoadResult result = loadModuleFolder({path, location, {}}, topics);
    result.issues = topics.issues + result.issues;
    result.topics = topics;
    return result;
}

} // namespace cg
