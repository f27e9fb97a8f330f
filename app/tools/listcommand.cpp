#include "tools/listcommand.h"

#include "content/moduleloader.h"
#include "tools/contentfolderargument.h"

namespace cg {

namespace {

int list(const QStringList &arguments, ToolStreams streams)
{
    int exitCode = ToolExitOk;
    const auto dir = contentFolderArgument(QStringLiteral("list"),
                                           QStringLiteral("Lists the modules in DIR: id, title, sections."),
                                           arguments, streams, &exitCode);
    if (!dir)
        return exitCode;
    const ModuleLoadResult result = loadModules(*dir);
    for (const Module &module : result.modules)
        streams.out << module.id << '\t' << module.title << '\t' << module.sections.size() << '\n';
    for (const ValidationIssue &issue : result.issues)
        streams.err << locatedIssue(*dir, issue) << '\n';
    return result.issues.isEmpty() ? ToolExitOk : ToolExitProblems;
}

} // namespace

ToolCommand listCommand()
{
    return {QStringLiteral("list"), QStringLiteral("DIR"), QStringLiteral("List the modules: id, title, sections"),
            list};
}

} // namespace cg
