#include "tools/validatecommand.h"

#include "content/arealoader.h"
#include "content/contentvalidator.h"
#include "content/moduleloader.h"
#include "tools/contentfolderargument.h"

namespace cg {

namespace {

int validate(const QStringList &arguments, ToolStreams streams)
{
    int exitCode = ToolExitOk;
    const auto dir = contentFolderArgument(QStringLiteral("validate"),
                                           QStringLiteral("Checks the content folder DIR and lists every problem."),
                                           arguments, streams, &exitCode);
    if (!dir)
        return exitCode;

    // Errors and warnings together, in file order, each warning starting "warning: ".
    const ValidationIssues issues = validateContent(*dir);
    for (const ValidationIssue &issue : issues)
        streams.err << locatedIssue(*dir, issue) << '\n';
    if (hasErrors(issues))
        return ToolExitProblems;

    const qsizetype areas = loadAreas(*dir).areas.size();
    const qsizetype modules = loadModules(*dir).modules.size();
    const qsizetype warnings = countWarnings(issues);
    streams.out << *dir << " is valid: " << areas << (areas == 1 ? " area" : " areas");
    if (modules > 0)
        streams.out << ", " << modules << (modules == 1 ? " module" : " modules");
    if (warnings > 0)
        streams.out << ", " << warnings << (warnings == 1 ? " warning" : " warnings");
    streams.out << '\n';
    return ToolExitOk;
}

} // namespace

ToolCommand validateCommand()
{
    return {QStringLiteral("validate"), QStringLiteral("DIR"),
            QStringLiteral("Check a content folder and list every problem"), validate};
}

} // namespace cg
