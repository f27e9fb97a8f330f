#include "tools/readabilitycommand.h"

#include "content/moduleloader.h"
#include "content/readability.h"
#include "tools/contentfolderargument.h"

namespace cg {

namespace {

int readability(const QStringList &arguments, ToolStreams streams)
{
    int exitCode = ToolExitOk;
    const auto dir = contentFolderArgument(QStringLiteral("readability"),
                                           QStringLiteral("Prints the reading grade of every section in DIR."),
                                           arguments, streams, &exitCode);
    if (!dir)
        return exitCode;
    const ModuleLoadResult result = loadModules(*dir);
    for (const Module &module : result.modules) {
        double total = 0;
        for (const ModuleSection &section : module.sections) {
            const double grade = fleschKincaidGrade(sectionProse(section));
            total += grade;
            streams.out << module.id << '\t' << section.file << '\t' << QString::number(grade, 'f', 1) << '\n';
        }
        const double average = module.sections.isEmpty() ? 0.0 : total / double(module.sections.size());
        streams.out << module.id << "\taverage\t" << QString::number(average, 'f', 1) << '\n';
    }
    for (const ValidationIssue &issue : result.issues)
        streams.err << locatedIssue(*dir, issue) << '\n';
    return result.issues.isEmpty() ? ToolExitOk : ToolExitProblems;
}

} // namespace

ToolCommand readabilityCommand()
{
    return {QStringLiteral("readability"), QStringLiteral("DIR"),
            QStringLiteral("Print each section's reading grade"), readability};
}

} // namespace cg
