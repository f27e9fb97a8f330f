#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace cg {

// Exit codes shared by every command, so scripts and CI can tell "the content has problems" from
// "the command line was wrong".
enum ToolExit : int {
    ToolExitOk = 0,
    ToolExitProblems = 1,
    ToolExitUsage = 2,
};

// Where a command writes: results to out, problems and usage errors to err.
struct ToolStreams {
    QTextStream &out;
    QTextStream &err;
};

// One subcommand of commonground-content. Each lives in its own file and is listed once in
// contenttool.cpp.
struct ToolCommand {
    QString name;       // "validate"
    QString arguments;  // "DIR", as shown in usage lines
    QString summary;    // one line for --help
    // Runs with the arguments that follow the command name; returns a ToolExit.
    std::function<int(const QStringList &arguments, ToolStreams streams)> run;
};

} // namespace cg
