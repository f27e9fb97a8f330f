#include "tools/contentfolderargument.h"

namespace cg {

std::optional<QString> contentFolderArgument(const QString &command, const QString &purpose,
                                             const QStringList &arguments, ToolStreams streams, int *exitCode)
{
    const QString usage = QStringLiteral("Usage: commonground-content %1 DIR\n").arg(command);
    if (arguments == QStringList{QStringLiteral("--help")}) {
        streams.out << usage << purpose << '\n';
        *exitCode = ToolExitOk;
        return std::nullopt;
    }
    if (arguments.size() != 1) {
        streams.err << "commonground-content " << command << ": "
                    << (arguments.isEmpty() ? QStringLiteral("missing DIR, the content folder to check.")
                                            : QStringLiteral("expected one DIR, got %1 arguments.").arg(arguments.size()))
                    << '\n'
                    << usage;
        *exitCode = ToolExitUsage;
        return std::nullopt;
    }
    return arguments.first();
}

QString locatedIssue(const QString &dir, const ValidationIssue &issue)
{
    ValidationIssue shown = issue;
    if (shown.file.isEmpty())
        shown.file = dir;
    else if (dir.endsWith(u'/'))
        shown.file = dir + shown.file;
    else
        shown.file = dir + u'/' + shown.file;
    return shown.toString();
}

} // namespace cg
