#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace cg {

Database::~Database()
{
    close();
}

bool Database::open(const QString &path, const QList<Migration> &migrations)
{
    close();
    m_connectionName = QStringLiteral("cg-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        m_error = QStringLiteral("cannot open %1: %2").arg(path, m_db.lastError().text());
        return false;
    }
    QSqlQuery pragma(m_db);
    // busy_timeout lets a second process (the server's workers) wait rather than fail at once.
    for (const char *statement : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                                  "PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 5000",
                                  // Deleted private data is overwritten, not left in free pages.
                                  "PRAGMA secure_delete = ON"}) {
        if (!pragma.exec(QString::fromLatin1(statement))) {
            m_error = QStringLiteral("cannot set up %1: %2").arg(path, pragma.lastError().text());
            return false;
        }
    }
    pragma.finish();
    QString migrationError;
    if (!migrate(m_db, migrations, &migrationError)) {
        m_error = QStringLiteral("%1: %2").arg(path, migrationError);
        return false;
    }
    return true;
}

bool Database::openPostgres(const PostgresAddress &address, const QList<Migration> &migrations)
{
    close();
    const QString where = QStringLiteral("postgres://%1@%2:%3/%4").arg(address.user, address.host).arg(address.port).arg(address.database);
    m_connectionName = QStringLiteral("cg-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!m_db.isValid()) {
        m_error = QStringLiteral("cannot open %1: Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql)").arg(where);
        return false;
    }
    m_db.setHostName(address.host);
    m_db.setPort(address.port);
    m_db.setUserName(address.user);
    m_db.setPassword(address.password);
    m_db.setDatabaseName(address.database);
    m_db.setConnectOptions(address.options);
    if (!m_db.open()) {
        m_error = QStringLiteral("cannot open %1: %2").arg(where, m_db.lastError().text().trimmed());
        return false;
    }
    QString migrationError;
    if (!migrate(m_db, migrations, &migrationError)) {
        m_error = QStringLiteral("%1: %2").arg(where, migrationError);
        return false;
    }
    return true;
}

bool Database::reconnect()
{
    if (m_connectionName.isEmpty())
        return false;
    m_db.close();
    return m_db.open();
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

int Database::schemaVersion()
{
    return cg::schemaVersion(m_db);
}

QString Database::journalMode()
{
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next() ? query.value(0).toString() : QString();
}

} // namespace cg
