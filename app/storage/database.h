#pragma once

#include "storage/migrator.h"

#include <QSqlDatabase>
#include <QString>

namespace cg {

// Owns one SQLite connection: opened in WAL mode with full sync (a saved entry survives a dead
// battery), foreign keys on, and migrated to the newest schema. Each Database has its own
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
    void close();

    QSqlDatabase &connection() { return m_db; }
    QString error() const { return m_error; }
    int schemaVersion();
    QString journalMode();

private:
    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_error;
};

} // namespace cg
