#pragma once

#include "server/databaseurl.h"
#include "storage/database.h"
#include "storage/migrator.h"

namespace cg {

// The server's schema history for one engine (app/server/migrations/<engine>/NNN_*.sql, built in
// as resources, numbered alike). Empty with *error set only if the build packed a broken list.
QList<Migration> serverMigrations(DatabaseUrl::Engine engine, QString *error);

// Opens the database named by `url` and brings it to the newest server schema. On failure
// *error names the database (never its password) and the reason, and it is left as it was.
bool openServerDatabase(Database &database, const DatabaseUrl &url, QString *error);

} // namespace cg
