#pragma once

#include <QStringList>
#include <QTextStream>

namespace cg {

// The whole of commonground-content behind its main(): arguments as from
// QCoreApplication::arguments() (program name first). Returns the process exit code.
int runContentTool(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace cg
