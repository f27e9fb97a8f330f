#include "content/serviceloader.h"

#include "content/jsonfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace cg {
namespace {

QList<Service> readServicesFile(const QString &contentDir, const QString &relative, ValidationIssues &issues)
{
    const JsonFileResult read = readJsonFile(QDir(contentDir).filePath(relative), relative);
    if (read.issue) {
        issues << *read.issue;
        return {};
    }
    const QJsonValue list = read.document.object().value(QStringLiteral("services"));
    if (!list.isArray()) {
        issues << ValidationIssue{relative, QStringLiteral("services"), QStringLiteral("must be a list of services")};
        return {};
    }
    QList<Service> services;
    int index = 0;
    for (const QJsonValue &entry : list.toArray()) {
        const std::optional<Service> service = serviceFromJson(entry.toObject());
        if (service)
            services << *service;
        else
            issues << ValidationIssue{relative, QStringLiteral("services[%1]").arg(index),
                                      QStringLiteral("needs an id and a name, and every field of the right kind")};
        ++index;
    }
    return services;
}

} // namespace

ServiceLoadResult loadServices(const QString &contentDir, const QList<Area> &areas)
{
    ServiceLoadResult result;
    result.national = readServicesFile(contentDir, QStringLiteral("services/national.json"), result.issues);
    for (const Area &area : areas) {
        const QString relative = QStringLiteral("areas/%1/services.json").arg(area.slug);
        if (QFile::exists(QDir(contentDir).filePath(relative)))
            result.byAreaSlug.insert(area.slug, readServicesFile(contentDir, relative, result.issues));
    }
    return result;
}

} // namespace cg
