#include "tools/contenttool.h"

#include "tools/toolcommand.h"
#include "tools/importorukcommand.h"
#include "tools/listcommand.h"
#include "tools/recommendcommand.h"
#include "tools/readabilitycommand.h"
#include "tools/validatecommand.h"

namespace cg {

namespace {

constexpr QLatin1StringView toolName("commonground-content");

QList<ToolCommand> commands()
{
    return {validateCommand(), listCommand(), readabilityCommand(), importOrukCommand(QDate::currentDate()),
            recommendCommand()};
}

void printHelp(QTextStream &stream)
{
    stream << "Usage: " << toolName << " COMMAND [ARGUMENTS]\n\n"
           << "Checks Common Ground content packs before they go into the app.\n\n"
           << "Commands:\n";
    for (const ToolCommand &command : commands()) {
        const QString usage = command.name + u' ' + command.arguments;
        stream << "  " << usage.leftJustified(20) << command.summary << '\n';
    }
    stream << "\nOptions:\n"
           << "  --help              Show this help\n"
           << "  --version           Show the version\n\n"
           << "Exit codes: 0 all good, 1 problems found, 2 the command line was wrong.\n";
}

} // namespace

int runContentTool(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QStringList rest = arguments.mid(1);
    if (rest.isEmpty()) {
        err << toolName << ": no command given.\n\n";
        printHelp(err);
        return ToolExitUsage;
    }

    const QString &first = rest.first();
    if (first == u"--help" || first == u"-h") {
        printHelp(out);
        return ToolExitOk;
    }
    if (first == u"--version") {
        out << toolName << ' ' << CG_VERSION << '\n';
        return ToolExitOk;
    }

    for (const ToolCommand &command : commands()) {
        if (command.name == first)
            return command.run(rest.mid(1), ToolStreams{out, err});
    }
    err << toolName << ": unknown command '" << first << "'. Run " << toolName
        << " --help to see the commands.\n";
    return ToolExitUsage;
}

} // namespace cg
