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

static int userVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

bool migrate(QSqlDatabase &db, const QList<Migration> &migrations, QString *error)
{
    const int current = userVersion(db);
    if (current < 0) {
        *error = QStringLiteral("cannot read the database version: %1").arg(db.lastError().text());
        return false;
    }
    if (current > migrations.size()) {
        *error = QStringLiteral("the database is version %1 but this program knows only up to %2; "
                                "it was written by a newer version, so it was left untouched")
                     .arg(current)
                     .arg(migrations.size());
        return false;
    }
    for (const Migration &step : migrations) {
        if (step.version <= current)
            continue;
        if (!db.transaction()) {
            *error = QStringLiteral("cannot start migration %1: %2").arg(step.version).arg(db.lastError().text());
            return false;
        }
        QSqlQuery query(db);
        QStringList statements = splitSqlStatements(step.sql);
        statements << QStringLiteral("PRAGMA user_version = %1").arg(step.version);
        for (const QString &statement : std::as_const(statements)) {
            if (!query.exec(statement)) {
                *error = QStringLiteral("migration %1 (%2) failed: %3")
                             .arg(step.version)
                             .arg(step.name, query.lastError().text());
                query.finish();
                db.rollback();
                return false;
            }
        }
        query.finish();
        if (!db.commit()) {
            *error = QStringLiteral("cannot finish migration %1: %2").arg(step.version).arg(db.lastError().text());
            db.rollback();
            return false;
        }
    }
    return true;
}

} // namespace cg
