#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace cg {

// One step of a schema's history. Versions start at 1 and go up by one; a step, once released,
// is never edited: a change is a new step.
struct Migration {
    int version = 0;
    QString name;
    QString sql;  // one or more statements separated by ";" at line ends
};

// Reads the ordered migrations stored as Qt resources under `resourceDir` (files named
// NNN_description.sql). Fails loudly (empty list plus error) on gaps or duplicates.
QList<Migration> loadMigrations(const QString &resourceDir, QString *error);

// Brings the database up to the newest migration, keyed on PRAGMA user_version (SQLite) or the
// schema_version table (PostgreSQL, where concurrent starts wait for each other). Each step runs
// in its own transaction together with the version bump, so a crash leaves the database at the
// last complete step. Refuses a database newer than the code.
bool migrate(QSqlDatabase &db, const QList<Migration> &migrations, QString *error);

// The version `migrate` brought the database to; -1 when it cannot be read.
int schemaVersion(QSqlDatabase &db);

// Splits a migration file into statements; comments and blank statements are dropped.
QStringList splitSqlStatements(const QString &sql);

} // namespace cg
