#include "tools/validatecommand.h"

#include "content/arealoader.h"
#include "content/contentvalidator.h"

namespace cg {

namespace {

constexpr QLatin1StringView usage("Usage: commonground-content validate DIR\n");

// Issues name files relative to the content folder; the editor needs the path as they typed it.
QString located(const QString &dir, const ValidationIssue &issue)
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

int validate(const QStringList &arguments, ToolStreams streams)
{
    if (arguments == QStringList{QStringLiteral("--help")}) {
        streams.out << usage << "Checks the content folder DIR and lists every problem.\n";
        return ToolExitOk;
    }
    if (arguments.isEmpty()) {
        streams.err << "commonground-content validate: missing DIR, the content folder to check.\n"
                    << usage;
        return ToolExitUsage;
    }
    if (arguments.size() > 1) {
        streams.err << "commonground-content validate: expected one DIR, got "
                    << arguments.size() << " arguments.\n"
                    << usage;
        return ToolExitUsage;
    }

    const QString &dir = arguments.first();
    const ValidationIssues issues = validateContent(dir);
    for (const ValidationIssue &issue : issues)
        streams.err << located(dir, issue) << '\n';
    if (!issues.isEmpty())
        return ToolExitProblems;

    const qsizetype count = loadAreas(dir).areas.size();
    streams.out << dir << " is valid: " << count << (count == 1 ? " area" : " areas") << '\n';
    return ToolExitOk;
}

} // namespace

ToolCommand validateCommand()
{
    return {QStringLiteral("validate"), QStringLiteral("DIR"),
            QStringLiteral("Check a content folder and list every problem"), validate};
}

} // namespace cg
