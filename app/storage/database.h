#pragma once

#include "storage/migrator.h"

#include <QSqlDatabase>
#include <QString>

namespace cg {

// Where a PostgreSQL server is, for the statistics server (Qt's QPSQL driver, over libpq).
struct PostgresAddress {
    QString host;
    int port = 5432;
    QString user;
    QString password;  // empty: libpq looks in PGPASSWORD and ~/.pgpass
    QString database;
    QString options;   // libpq "key=value" pairs joined with ";", such as sslmode=require
};

// Owns one database connection, migrated to the newest schema. SQLite (the app, and the server by
// default) is opened in WAL mode with full sync (a saved entry survives a dead battery) and foreign
// keys on; PostgreSQL (the server when it is shared) as it is set up. Each Database has its own
// connection name, so several can be open at once (tests, server workers).
class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // `path` is a file path or ":memory:". Returns false with error() set when the file cannot be
    // opened or migrated; the file is then left as it was.
    bool open(const QString &path, const QList<Migration> &migrations);
    // Returns false with error() set, naming the server but never the password.
    bool openPostgres(const PostgresAddress &address, const QList<Migration> &migrations);
    void close();

    QSqlDatabase &connection() { return m_db; }
    QString error() const { return m_error; }
    int schemaVersion();
    QString journalMode();  // SQLite only

    // Reopens a connection that was lost (a PostgreSQL restart); true when it answers again.
    bool reconnect();

private:
    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_error;
};

} // namespace cg
