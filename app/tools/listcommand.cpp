#include "tools/listcommand.h"

#include "content/areamodules.h"
#include "tools/contentfolderargument.h"

namespace cg {

namespace {

// idPrefix is "" for national modules and "<slug>/" for an area's, keeping three fields a line.
void printModules(const QList<Module> &modules, const QString &idPrefix, QTextStream &out)
{
    for (const Module &module : modules)
        out << idPrefix << module.id << '\t' << module.title << '\t' << module.sections.size() << '\n';
}

int list(const QStringList &arguments, ToolStreams streams)
{
    int exitCode = ToolExitOk;
    const auto dir = contentFolderArgument(QStringLiteral("list"),
                                           QStringLiteral("Lists the modules in DIR: id, title, sections."),
                                           arguments, streams, &exitCode);
    if (!dir)
        return exitCode;
    const ModuleLoadResult national = loadModules(*dir);
    const AreaModulesResult local = loadAreaModules(*dir, national.modules);
    printModules(national.modules, QString(), streams.out);
    for (const AreaModules &area : local.areas)
        printModules(area.modules, area.slug + QLatin1Char('/'), streams.out);
    const ValidationIssues issues = national.issues + local.issues;
    for (const ValidationIssue &issue : issues)
        streams.err << locatedIssue(*dir, issue) << '\n';
    return issues.isEmpty() ? ToolExitOk : ToolExitProblems;
}

} // namespace

ToolCommand listCommand()
{
    return {QStringLiteral("list"), QStringLiteral("DIR"), QStringLiteral("List the modules: id, title, sections"),
            list};
}

} // namespace cg
