#pragma once

#include <QString>

#include <optional>

namespace cg {

// Where the server keeps its aggregates, as given to `--db`. Only SQLite exists so far; PostgreSQL
// (`postgres://...`) joins as another Engine when one machine is no longer enough.
struct DatabaseUrl {
    enum class Engine { Sqlite };
    Engine engine = Engine::Sqlite;
    QString path;  // for Sqlite: a file path, or ":memory:"

    friend bool operator==(const DatabaseUrl &, const DatabaseUrl &) = default;
};

// Parses "sqlite:PATH". Returns nothing with *error set to one sentence a person can act on.
std::optional<DatabaseUrl> parseDatabaseUrl(const QString &text, QString *error);

} // namespace cg
