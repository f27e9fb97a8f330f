#include "benchpostgres.h"

#include "server/databaseurl.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

// initdb and the server's start take a few seconds; far more means something is wrong.
constexpr int kScriptMs = 120000;

// Runs test-postgres.sh; its output on failure, or an empty text.
QString runScript(const QString &script, const QString &action, const QString &dir)
{
    QProcess process;
    process.start(script, {action, dir});
    if (!process.waitForFinished(kScriptMs)) {
        process.kill();
        process.waitForFinished();
        return QStringLiteral("%1 %2 did not finish").arg(script, action);
    }
    const QString said = QString::fromLocal8Bit(process.readAllStandardError() + process.readAllStandardOutput()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return said.isEmpty() ? QStringLiteral("%1 %2 failed").arg(script, action) : said;
    return {};
}

} // namespace

BenchPostgres::~BenchPostgres()
{
    QString ignored;
    for (const QString &name : std::as_const(m_created))
        administer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name), &ignored);
    if (!m_connectionName.isEmpty()) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    if (!m_script.isEmpty())
        runScript(m_script, QStringLiteral("stop"), m_dir.path());
}

bool BenchPostgres::startPrivate(const QString &script, QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder for PostgreSQL");
        return false;
    }
    const QString said = runScript(script, QStringLiteral("start"), m_dir.path());
    if (!said.isEmpty()) {
        // The script cleans up after a failed start itself.
        *error = said;
        return false;
    }
    m_script = script;
    QFile portFile(QDir(m_dir.path()).filePath(QStringLiteral("port")));
    const int port = portFile.open(QIODevice::ReadOnly) ? QString::fromLatin1(portFile.readAll()).trimmed().toInt() : 0;
    if (port <= 0) {
        *error = QStringLiteral("test-postgres.sh wrote no port");
        return false;
    }
    // The script's cluster trusts user cg on loopback.
    return useServer(QStringLiteral("postgres://cg@127.0.0.1:%1/postgres").arg(port), error);
}

bool BenchPostgres::useServer(const QString &url, QString *error)
{
    QString problem;
    if (!cg::parseDatabaseUrl(url, &problem) || !url.startsWith(QLatin1String("postgres"))) {
        *error = problem.isEmpty() ? QStringLiteral("--postgres needs a postgres:// URL") : problem;
        return false;
    }
    m_url = QUrl(url);
    return connectAdmin(error);
}

bool BenchPostgres::connectAdmin(QString *error)
{
    QString problem;
    const std::optional<cg::DatabaseUrl> url = cg::parseDatabaseUrl(m_url.toString(), &problem);
    if (!url) {
        *error = problem;
        return false;
    }
    m_connectionName = QStringLiteral("bench-admin-") + QUuid::createUuid().toString(QUuid::Id128);
    QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!admin.isValid()) {
        *error = QStringLiteral("Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql)");
        return false;
    }
    admin.setHostName(url->host);
    admin.setPort(url->port);
    admin.setUserName(url->user);
    admin.setPassword(url->password);
    admin.setDatabaseName(url->database);
    admin.setConnectOptions(url->options);
    if (!admin.open()) {
        *error = QStringLiteral("cannot connect to %1: %2").arg(url->display(), admin.lastError().text().trimmed());
        return false;
    }
    return true;
}

bool BenchPostgres::administer(const QString &statement, QString *error)
{
    if (m_connectionName.isEmpty()) {
        *error = QStringLiteral("no PostgreSQL server");
        return false;
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(statement)) {
        *error = statement + QStringLiteral(": ") + query.lastError().text().trimmed();
        return false;
    }
    return true;
}

QString BenchPostgres::createDatabase(QString *error)
{
    const QString name = QStringLiteral("cg_bench_") + QUuid::createUuid().toString(QUuid::Id128);
    if (!administer(QStringLiteral("CREATE DATABASE %1").arg(name), error))
        return {};
    m_created << name;
    QUrl url = m_url;
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

void BenchPostgres::dropDatabase(const QString &url)
{
    const QString name = QUrl(url).path().mid(1);
    QString ignored;
    if (m_created.contains(name) && administer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name), &ignored))
        m_created.removeAll(name);
}

QString BenchPostgres::durability(bool *durable)
{
    QHash<QString, QString> values;
    QStringList settings;
    for (const char *setting : {"fsync", "synchronous_commit", "wal_sync_method"}) {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        const QString name = QString::fromLatin1(setting);
        values[name] = query.exec(QStringLiteral("SHOW ") + name) && query.next() ? query.value(0).toString() : QStringLiteral("?");
        settings << name + QLatin1Char('=') + values[name];
    }
    // Any synchronous_commit but off makes COMMIT wait for its WAL record to be flushed (local, on,
    // remote_write and remote_apply differ only in what standbys must also do).
    *durable = values[QStringLiteral("fsync")] == QLatin1String("on")
        && values[QStringLiteral("synchronous_commit")] != QLatin1String("off")
        && values[QStringLiteral("synchronous_commit")] != QLatin1String("?");
    return settings.join(QStringLiteral(", "));
}
