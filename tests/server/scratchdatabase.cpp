#include "scratchdatabase.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace cg;

namespace {

// The port of the run's PostgreSQL, from the file test-postgres.sh wrote.
int testPostgresPort()
{
    QFile portFile(QStringLiteral(CG_TEST_POSTGRES_DIR "/port"));
    INFO("PostgreSQL for tests is not running: ctest starts it (fixture \"postgres\"); by hand, run "
         "tests/support/test-postgres.sh start " CG_TEST_POSTGRES_DIR);
    REQUIRE(portFile.open(QIODevice::ReadOnly));
    const int port = QString::fromLatin1(portFile.readAll()).trimmed().toInt();
    REQUIRE(port > 0);
    return port;
}

// Runs one statement on the cluster's "postgres" database, outside any test's own database.
// Returns the error, or an empty text.
QString administer(int port, const QString &statement)
{
    const QString name = QStringLiteral("admin-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        admin.setHostName(QStringLiteral("127.0.0.1"));
        admin.setPort(port);
        admin.setUserName(QStringLiteral("cg"));
        admin.setDatabaseName(QStringLiteral("postgres"));
        if (!admin.open()) {
            error = admin.lastError().text();
        } else {
            QSqlQuery query(admin);
            if (!query.exec(statement))
                error = statement + QStringLiteral(": ") + query.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

const char *engineName(DatabaseUrl::Engine engine)
{
    return engine == DatabaseUrl::Engine::Postgres ? "postgres" : "sqlite";
}

ScratchDatabase::ScratchDatabase(DatabaseUrl::Engine engine)
{
    m_url.engine = engine;
    if (engine == DatabaseUrl::Engine::Sqlite) {
        m_url.path = m_dir.filePath(QStringLiteral("server.sqlite"));
        return;
    }
    m_url.host = QStringLiteral("127.0.0.1");
    m_url.port = testPostgresPort();
    m_url.user = QStringLiteral("cg");
    m_url.database = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128);
    const QString error = administer(m_url.port, QStringLiteral("CREATE DATABASE %1").arg(m_url.database));
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
}

ScratchDatabase::~ScratchDatabase()
{
    // WITH (FORCE) closes any connection a failed test left open. A failure here is only a
    // leftover in a cluster that is deleted when the run ends.
    if (m_url.engine == DatabaseUrl::Engine::Postgres)
        administer(m_url.port, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_url.database));
}

QString ScratchDatabase::commandLine() const
{
    if (m_url.engine == DatabaseUrl::Engine::Sqlite)
        return QStringLiteral("sqlite:") + m_url.path;
    return QStringLiteral("postgres://%1@%2:%3/%4").arg(m_url.user, m_url.host).arg(m_url.port).arg(m_url.database);
}

void ScratchDatabase::cutConnections()
{
    REQUIRE(m_url.engine == DatabaseUrl::Engine::Postgres);
    const QString error = administer(m_url.port, QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                                                "WHERE datname = '%1' AND pid <> pg_backend_pid()")
                                                     .arg(m_url.database));
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
}
