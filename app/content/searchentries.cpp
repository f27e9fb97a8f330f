#include "content/searchentries.h"

#include "content/readability.h"

namespace cg {

SearchEntry moduleSearchEntry(const Module &module)
{
    SearchEntry entry{SearchKind::Module, module.id, module.title, module.summary, {}, {}};
    QStringList body;
    for (const QString &topic : module.topics)
        entry.keywords << QString(topic).replace(QLatin1Char('-'), QLatin1Char(' '));
    entry.keywords << module.searchWords;
    for (const ModuleSection &section : module.sections) {
        entry.keywords << section.title;
        body << sectionProse(section);
    }
    entry.body = body.join(QLatin1Char('\n'));
    return entry;
}

SearchEntry serviceSearchEntry(const Service &service)
{
    SearchEntry entry{SearchKind::Service, service.id, service.name, service.summary, {}, {}};
    for (const QString &topic : service.topics)
        entry.keywords << QString(topic).replace(QLatin1Char('-'), QLatin1Char(' '));
    entry.keywords << service.whoFor << service.provider;
    return entry;
}

} // namespace cg
