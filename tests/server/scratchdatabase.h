#pragma once

#include "server/databaseurl.h"

#include <QTemporaryDir>

// A server database of one engine, made for one test and removed after it: a SQLite file in a
// temporary folder, or a database of its own on the PostgreSQL that ctest starts for the run
// (fixture "postgres", tests/support/test-postgres.sh).
class ScratchDatabase
{
public:
    explicit ScratchDatabase(cg::DatabaseUrl::Engine engine);
    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase &) = delete;
    ScratchDatabase &operator=(const ScratchDatabase &) = delete;

    const cg::DatabaseUrl &url() const { return m_url; }
    // "sqlite:..." or "postgres://...", as given to --db.
    QString commandLine() const;

    // PostgreSQL only: ends every connection to this database from the server side, as a
    // restart of PostgreSQL would.
    void cutConnections();

private:
    QTemporaryDir m_dir;
    cg::DatabaseUrl m_url;
};

// "sqlite" or "postgres", for test messages.
const char *engineName(cg::DatabaseUrl::Engine engine);
