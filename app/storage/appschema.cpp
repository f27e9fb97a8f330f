#include "storage/appschema.h"

#include <QtGlobal>

namespace cg {

QList<Migration> appMigrations()
{
    QString error;
    QList<Migration> migrations = loadMigrations(QStringLiteral(":/migrations/app"), &error);
    // The files are compiled in, so a broken list is a build mistake, never a user's problem.
    if (migrations.isEmpty())
        qFatal("%s", qPrintable(error));
    return migrations;
}

} // namespace cg
