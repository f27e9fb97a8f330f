#include "storage/appschema.h"

#include <QtGlobal>

namespace cg {

namespace {

QList<Migration> compiledInMigrations(const QString &resourceDir)
{
    QString error;
    QList<Migration> migrations = loadMigrations(resourceDir, &error);
    // The files are compiled in, so a broken list is a build mistake, never a user's problem.
    if (migrations.isEmpty())
        qFatal("%s", qPrintable(error));
    return migrations;
}

} // namespace

QList<Migration> appMigrations()
{
    return compiledInMigrations(QStringLiteral(":/migrations/app"));
}

QList<Migration> searchMigrations()
{
    return compiledInMigrations(QStringLiteral(":/migrations/search"));
}

} // namespace cg
