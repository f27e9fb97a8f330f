#include "storage/migrator.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace cg {

QList<Migration> loadMigrations(const QString &resourceDir, QString *error)
{
    static const QRegularExpression fileName(QStringLiteral("^(\\d{3})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> migrations;
    const QDir dir(resourceDir);
    for (const QString &entry : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto match = fileName.match(entry);
        if (!match.hasMatch()) {
            *error = QStringLiteral("migration file %1 is not named NNN_description.sql").arg(entry);
            return {};
        }
        QFile file(dir.filePath(entry));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read migration %1").arg(entry);
            return {};
        }
        migrations.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(file.readAll())});
    }
    std::sort(migrations.begin(), migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        if (migrations[i].version != i + 1) {
            *error = QStringLiteral("migrations in %1 must be numbered 001, 002, ... without gaps")
                         .arg(resourceDir);
            return {};
        }
    }
    if (migrations.isEmpty())
        *error = QStringLiteral("no migrations found in %1").arg(resourceDir);
    return migrations;
}

QStringList splitSqlStatements(const QString &sql)
{
    QStringList lines;
    for (const QString &line : sql.split(QLatin1Char('\n'))) {
        if (!line.trimmed().startsWith(QLatin1String("--")))
            lines << line;
    }
    QStringList statements;
    static const QRegularExpression statementEnd(QStringLiteral(";\\s*(\\n|$)"));
    for (const QString &part : lines.join(QLatin1Char('\n')).split(statementEnd)) {
        if (!part.trimmed().isEmpty())
            statements << part.trimmed();
    }
    return statements;
}

namespace {

// Where a database keeps its schema version. SQLite has a slot for it in the file header
// (PRAGMA user_version); PostgreSQL gets a one-row table. Several server processes may start
// at once against one PostgreSQL, so each step there first takes a lock that only one
// transaction at a time can hold, and reads the version after it.
struct VersionKeeping {
    QStringList prepare;  // run at the start of every migration transaction
    QString read;
    QString write;        // %1: the new version
};

VersionKeeping versionKeepingFor(const QSqlDatabase &db)
{
    if (db.driverName() == QLatin1String("QPSQL")) {
        return {{QStringLiteral("SET LOCAL client_min_messages = warning"),  // no notice when the table exists
                 QStringLiteral("SELECT pg_advisory_xact_lock(727001)"),
                 QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"),
                 QStringLiteral("INSERT INTO schema_version (version) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM schema_version)")},
                QStringLiteral("SELECT version FROM schema_version"),
                QStringLiteral("UPDATE schema_version SET version = %1")};
    }
    return {{}, QStringLiteral("PRAGMA user_version"), QStringLiteral("PRAGMA user_version = %1")};
}

int readVersion(QSqlDatabase &db, const VersionKeeping &keeping)
{
    QSqlQuery query(db);
    if (query.exec(keeping.read) && query.next())
        return query.value(0).toInt();
    return -1;
}

bool failed(QSqlDatabase &db, QString *error, const QString &message)
{
    *error = message;
    db.rollback();
    return false;
}

} // namespace

int schemaVersion(QSqlDatabase &db)
{
    return readVersion(db, versionKeepingFor(db));
}

bool migrate(QSqlDatabase &db, const QList<Migration> &migrations, QString *error)
{
    const VersionKeeping keeping = versionKeepingFor(db);
    // One transaction per step: a crash leaves the database at the last complete step.
    for (;;) {
        if (!db.transaction()) {
            *error = QStringLiteral("cannot start a migration: %1").arg(db.lastError().text());
            return false;
        }
        QSqlQuery query(db);
        for (const QString &statement : keeping.prepare) {
            if (!query.exec(statement))
                return failed(db, error, QStringLiteral("cannot read the database version: %1").arg(query.lastError().text()));
        }
        query.finish();
        const int current = readVersion(db, keeping);
        if (current < 0)
            return failed(db, error, QStringLiteral("cannot read the database version: %1").arg(db.lastError().text()));
        if (current > migrations.size()) {
            return failed(db, error,
                          QStringLiteral("the database is version %1 but this program knows only up to %2; "
                                         "it was written by a newer version, so it was left untouched")
                              .arg(current)
                              .arg(migrations.size()));
        }
        if (current == migrations.size()) {
            if (!db.commit())
                return failed(db, error, QStringLiteral("cannot read the database version: %1").arg(db.lastError().text()));
            return true;
        }
        const Migration &step = migrations.at(current);
        QStringList statements = splitSqlStatements(step.sql);
        statements << keeping.write.arg(step.version);
        for (const QString &statement : std::as_const(statements)) {
            if (!query.exec(statement)) {
                const QString reason = query.lastError().text();
                query.finish();
                return failed(db, error, QStringLiteral("migration %1 (%2) failed: %3").arg(step.version).arg(step.name, reason));
            }
        }
        query.finish();
        if (!db.commit())
            return failed(db, error, QStringLiteral("cannot finish migration %1: %2").arg(step.version).arg(db.lastError().text()));
    }
}

} // namespace cg
