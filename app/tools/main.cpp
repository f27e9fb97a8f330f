// commonground-content: the content tool. Everything it does lives in cg_tools.
#include "tools/contenttool.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return cg::runContentTool(QCoreApplication::arguments(), out, err);
}
