#include "storage/sqlitemoduleprogressstore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cg {

SqliteModuleProgressStore::SqliteModuleProgressStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool SqliteModuleProgressStore::write(const QString &sql, const QVariantList &values)
{
    // One statement is one transaction in SQLite, so each save is all or nothing.
    QSqlQuery query(m_db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    m_error.clear();
    return true;
}

std::optional<QHash<QString, ModuleProgress>> SqliteModuleProgressStore::loadProgress() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT module_id, section, completed, helpful FROM module_progress"))) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    QHash<QString, ModuleProgress> progress;
    while (query.next()) {
        ModuleProgress entry;
        entry.section = query.value(1).toInt();
        entry.completed = query.value(2).toInt() == 1;
        if (!query.value(3).isNull())
            entry.helpful = query.value(3).toInt() == 1;
        progress.insert(query.value(0).toString(), entry);
    }
    return progress;
}

bool SqliteModuleProgressStore::saveProgress(const QString &moduleId, const ModuleProgress &progress)
{
    return write(QStringLiteral("INSERT INTO module_progress (module_id, section, completed, helpful) "
                                "VALUES (?, ?, ?, ?) ON CONFLICT(module_id) DO UPDATE SET "
                                "section = excluded.section, completed = excluded.completed, helpful = excluded.helpful"),
                 {moduleId, progress.section, progress.completed ? 1 : 0,
                  progress.helpful ? QVariant(*progress.helpful ? 1 : 0) : QVariant(QMetaType::fromType<int>())});
}

std::optional<QHash<QString, QString>> SqliteModuleProgressStore::loadAnswers(const QString &moduleId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT block_id, answer FROM block_answers WHERE module_id = ?"));
    query.addBindValue(moduleId);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    QHash<QString, QString> answers;
    while (query.next())
        answers.insert(query.value(0).toString(), query.value(1).toString());
    return answers;
}

bool SqliteModuleProgressStore::saveAnswer(const QString &moduleId, const QString &blockId, const QString &answer)
{
    return write(QStringLiteral("INSERT INTO block_answers (module_id, block_id, answer) VALUES (?, ?, ?) "
                                "ON CONFLICT(module_id, block_id) DO UPDATE SET answer = excluded.answer"),
                 {moduleId, blockId, answer});
}

std::optional<QList<Commitment>> SqliteModuleProgressStore::loadCommitments() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT module_id, block_id, chosen_on, done FROM commitments "
                                   "ORDER BY chosen_on, module_id, block_id"))) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    QList<Commitment> commitments;
    while (query.next()) {
        commitments.append({query.value(0).toString(), query.value(1).toString(),
                            QDate::fromString(query.value(2).toString(), Qt::ISODate), query.value(3).toInt() == 1});
    }
    return commitments;
}

bool SqliteModuleProgressStore::saveCommitment(const Commitment &commitment)
{
    return write(QStringLiteral("INSERT INTO commitments (module_id, block_id, chosen_on, done) VALUES (?, ?, ?, ?) "
                                "ON CONFLICT(module_id, block_id) DO UPDATE SET "
                                "chosen_on = excluded.chosen_on, done = excluded.done"),
                 {commitment.moduleId, commitment.blockId, commitment.chosenOn.toString(Qt::ISODate),
                  commitment.done ? 1 : 0});
}

} // namespace cg
