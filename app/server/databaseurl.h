#pragma once

#include <QString>

#include <optional>

namespace cg {

// Where the server keeps its aggregates, as given to `--db`: an embedded SQLite file
// ("sqlite:PATH"), or a PostgreSQL server that several server processes can share
// ("postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=...&connect_timeout=...]").
struct DatabaseUrl {
    enum class Engine { Sqlite, Postgres };
    Engine engine = Engine::Sqlite;
    QString path;  // for Sqlite: a file path, or ":memory:"

    // For Postgres. An empty password leaves libpq to find one (PGPASSWORD, ~/.pgpass).
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;
    QString options;  // libpq options, "key=value" joined with ";" as Qt's driver takes them

    // The URL without its password, for messages and logs.
    QString display() const;

    friend bool operator==(const DatabaseUrl &, const DatabaseUrl &) = default;
};

// Parses "sqlite:PATH" or "postgres://..." ("postgresql://" too). Returns nothing with *error set
// to one sentence a person can act on.
std::optional<DatabaseUrl> parseDatabaseUrl(const QString &text, QString *error);

} // namespace cg
