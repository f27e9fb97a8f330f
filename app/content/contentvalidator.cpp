#include "content/contentvalidator.h"

#include "content/areafile.h"
#include "content/areafolder.h"
#include "content/areamodules.h"
#include "content/checkinfile.h"
#include "content/arealoader.h"
#include "content/metricregistryfile.h"
#include "content/modulefile.h"
#include "content/practitionerguidefile.h"
#include "content/serviceloader.h"
#include "content/moduleloader.h"
#include "content/searchwordsfile.h"
#include "content/servicereview.h"
#include "content/topiclists.h"
#include "core/modulecatalogue.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace cg {

namespace {

// What sits directly in areas/: folder names must follow the slug rule, and a file put straight
// into areas/ (say areas/sefton.json) would be silently ignored by the app.
ValidationIssues checkAreasFolderEntries(const QString &contentDir)
{
    ValidationIssues issues;
    const QDir areas(QDir(contentDir).filePath(QStringLiteral("areas")));
    const QFileInfoList entries =
        areas.entryInfoList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &entry : entries) {
        const QString file = QStringLiteral("areas/") + entry.fileName();
        if (entry.isFile()) {
            issues.append({file, QString(),
                           QStringLiteral("is not read; each area goes in its own folder, as "
                                          "areas/<name>/area.json")});
        } else if (!isAreaSlug(entry.fileName())) {
            issues.append({file, QString(),
                           QStringLiteral("folder name must be lower-case words joined by "
                                          "hyphens, such as st-helens")});
        }
    }
    return issues;
}

// The practitioners' conversation guide, and each area's referral pathway.
ValidationIssues reviewPractitionerContent(const QString &contentDir, const AreaFolderContents &contents,
                                           const QList<Module> &modules, const QStringList &serviceTopics, QDate today)
{
    ValidationIssues issues;
    // A pack folder made for a test may leave the guide out; the app's own content always has it.
    if (QFile::exists(QDir(contentDir).filePath(QStringLiteral("practitioner/guide.json")))) {
        const PractitionerGuideResult guide = loadPractitionerGuide(contentDir, moduleIds(modules), serviceTopics);
        issues += guide.issues;
        if (guide.guide)
            issues += reviewPractitionerGuide(*guide.guide, today);
    }
    const ServiceLoadResult services = loadServices(contentDir, loadAreas(contents).areas);
    for (const AreaSource &source : contents.sources) {
        const AreaPathwayResult pathway = readAreaPathway(
            contentDir, source.slug, serviceIds(services.national + services.byAreaSlug.value(source.slug)));
        issues += pathway.issues;
        if (pathway.pathway)
            issues += reviewAreaPathway(*pathway.pathway,
                                        QStringLiteral("areas/%1/pathway.json").arg(source.slug), today);
    }
    return issues;
}

} // namespace

ValidationIssues validateContent(const QString &contentDir, QDate today)
{
    const AreaFolderContents contents = readAreaFolder(contentDir);
    ValidationIssues issues = loadAreas(contents).issues;
    issues += checkAreasFolderEntries(contentDir);
    const QStringList serviceTopics = readTopicLists(contentDir).serviceTopics;
    const QString national = QStringLiteral("services/national.json");
    if (QFile::exists(QDir(contentDir).filePath(national)))
        issues += reviewServicesFile(contentDir, national, serviceTopics, today);
    for (const AreaSource &source : contents.sources) {
        issues += reviewArea(source.object, source.file, today);
        issues += readAreaSearchWords(contentDir, source.slug).issues;
        const QString services = QStringLiteral("areas/%1/services.json").arg(source.slug);
        if (QFile::exists(QDir(contentDir).filePath(services)))
            issues += reviewServicesFile(contentDir, services, serviceTopics, today);
    }
    const ModuleLoadResult modules = loadModules(contentDir);
    const AreaModulesResult areaModules = loadAreaModules(contentDir, modules.modules);
    issues += modules.issues + areaModules.issues + readSearchWords(contentDir).issues;
    QList<ModuleSource> sources = modules.sources;
    for (const AreaModules &area : areaModules.areas)
        sources += area.sources;
    for (const ModuleSource &source : std::as_const(sources))
        issues += reviewModule(source.object, source.module, source.location, today);
    issues += reviewPractitionerContent(contentDir, contents, modules.modules, serviceTopics, today);
    // A pack folder made for a test may leave the check-in and the metrics out; the app's own
    // content has both.
    CheckInDefinition checkIn;
    if (QFile::exists(QDir(contentDir).filePath(QStringLiteral("checkin/checkin.json")))) {
        const CheckInFileResult checkInFile = readCheckIn(contentDir);
        issues += checkInFile.issues;
        if (checkInFile.definition) {
            checkIn = *checkInFile.definition;
            issues += reviewCheckIn(checkIn, today);
        }
    }
    if (QFile::exists(QDir(contentDir).filePath(QStringLiteral("metrics.json")))) {
        QList<Module> everyModule = modules.modules;
        for (const AreaModules &area : areaModules.areas)
            everyModule += area.modules;
        const MetricRegistryResult registry =
            readMetricRegistry(contentDir, metricLists(moduleIds(everyModule), serviceTopics, checkIn));
        issues += registry.issues;
        if (registry.registry)
            issues += reviewMetricRegistry(*registry.registry, today);
    }
    // Group each file's problems together; within a file keep the order they were found in.
    std::stable_sort(issues.begin(), issues.end(),
                     [](const ValidationIssue &a, const ValidationIssue &b) { return a.file < b.file; });
    return issues;
}

} // namespace cg
