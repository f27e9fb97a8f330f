#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

// The PostgreSQL server the server benchmark makes its databases in: a private cluster on a free
// loopback port, started with tests/support/test-postgres.sh and stopped when this is destroyed,
// or a server named by a URL whose user may create databases. Each phase gets an empty database of
// its own, dropped again when this is destroyed, so no phase sees another's rows.
class BenchPostgres
{
public:
    BenchPostgres() = default;
    ~BenchPostgres();
    BenchPostgres(const BenchPostgres &) = delete;
    BenchPostgres &operator=(const BenchPostgres &) = delete;

    // Starts a private cluster with `script` ("test-postgres.sh"). False with *error when it
    // cannot, such as when PostgreSQL is not installed (the script's own message).
    bool startPrivate(const QString &script, QString *error);
    // Uses the server at `url` (postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE), connecting to
    // DATABASE to create and drop the benchmark's own databases.
    bool useServer(const QString &url, QString *error);

    // A new, empty database, as the text given to --db; empty with *error set when it cannot be made.
    QString createDatabase(QString *error);
    // Drops a database made by createDatabase, closing any connection left to it.
    void dropDatabase(const QString &url);

    // fsync, synchronous_commit and wal_sync_method, as the server's sessions see them; *durable
    // when every COMMIT waits for its WAL record to reach the disk.
    QString durability(bool *durable);

private:
    bool connectAdmin(QString *error);
    bool administer(const QString &statement, QString *error);

    QTemporaryDir m_dir;     // the script's port and cluster files, for a private cluster
    QString m_script;        // set once a private cluster runs: stop it when done
    QUrl m_url;              // the server, with the admin database in its path
    QString m_connectionName;
    QStringList m_created;   // database names still to drop
};
