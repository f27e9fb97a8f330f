#include "content/arealoader.h"

#include "content/areafile.h"

#include <QHash>

#include <algorithm>

namespace cg {

AreaLoadResult loadAreas(const QString &contentDir)
{
    return loadAreas(readAreaFolder(contentDir));
}

AreaLoadResult loadAreas(const AreaFolderContents &contents)
{
    AreaLoadResult result{{}, contents.issues};
    QHash<QString, QString> fileByCode;
    for (const AreaSource &source : contents.sources) {
        AreaParseResult parsed = parseArea(source.object, source.file);
        result.issues += parsed.issues;
        if (!parsed.area)
            continue;
        // Two areas with one code would make the parent's choice ambiguous and merge their
        // statistics, so the second is left out.
        const QString firstFile = fileByCode.value(parsed.area->code);
        if (!firstFile.isEmpty()) {
            result.issues.append({source.file, QString(areafield::code),
                                  QStringLiteral("%1 is also used by %2; each area needs its own "
                                                 "code")
                                      .arg(parsed.area->code, firstFile)});
            continue;
        }
        fileByCode.insert(parsed.area->code, source.file);
        parsed.area->slug = source.slug;
        result.areas.append(*parsed.area);
    }
    std::stable_sort(result.areas.begin(), result.areas.end(), [](const Area &a, const Area &b) {
        return QString::compare(a.name, b.name, Qt::CaseInsensitive) < 0;
    });
    return result;
}

} // namespace cg
