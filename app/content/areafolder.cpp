#include "content/areafolder.h"

#include "content/jsonfile.h"

#include <QDir>

namespace cg {

QString areaFilePath(const QString &slug)
{
    return QStringLiteral("areas/%1/area.json").arg(slug);
}

AreaFolderContents readAreaFolder(const QString &contentDir)
{
    const QDir content(contentDir);
    if (!content.exists())
        return {{}, {{QString(), QString(), QStringLiteral("content folder not found")}}};

    const QDir areas(content.filePath(QStringLiteral("areas")));
    if (!areas.exists()) {
        return {{},
                {{QStringLiteral("areas"), QString(),
                  QStringLiteral("folder not found; each area goes in areas/<name>/area.json")}}};
    }

    const QStringList slugs = areas.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    if (slugs.isEmpty()) {
        return {{},
                {{QStringLiteral("areas"), QString(),
                  QStringLiteral("has no area folders; add one such as areas/sefton/area.json")}}};
    }

    AreaFolderContents contents;
    for (const QString &slug : slugs) {
        const QString file = areaFilePath(slug);
        const QString path = content.filePath(file);
        if (!QFile::exists(path)) {
            contents.issues.append(
                {file, QString(), QStringLiteral("file not found; every area folder needs one")});
            continue;
        }
        JsonFileResult json = readJsonFile(path, file);
        if (json.issue) {
            contents.issues.append(*json.issue);
            continue;
        }
        if (!json.document.isObject()) {
            contents.issues.append({file, QString(),
                                    QStringLiteral("must be one group of fields between { and }")});
            continue;
        }
        contents.sources.append({slug, file, json.document.object()});
    }
    return contents;
}

} // namespace cg
