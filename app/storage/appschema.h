#pragma once

#include "storage/migrator.h"

namespace cg {

// The phone app's schema history (app/storage/migrations/NNN_*.sql, built in as resources).
QList<Migration> appMigrations();

// The in-memory search index's schema (app/storage/migrations/search/).
QList<Migration> searchMigrations();

} // namespace cg
