#pragma once

#include "server/databaseurl.h"
#include "storage/database.h"
#include "storage/migrator.h"

namespace cg {

// The server's SQLite schema history (app/server/migrations/sqlite/NNN_*.sql, built in as
// resources). Empty with *error set only if the build packed a broken list.
QList<Migration> serverSqliteMigrations(QString *error);

// Opens the database named by `url` and brings it to the newest server schema. On failure
// *error names the path and the reason, and the file is left as it was.
bool openServerDatabase(Database &database, const DatabaseUrl &url, QString *error);

} // namespace cg
