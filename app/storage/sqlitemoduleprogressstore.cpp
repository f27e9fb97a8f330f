#include "storage/sqlitemoduleprogressstore.h"

#include "crypto/privatevault.h"
#include "crypto/sealedbox.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cg {
namespace {

// Binds a sealed answer to its block, so it cannot be moved to another one.
QByteArray placeOf(const QString &moduleId, const QString &blockId)
{
    return QByteArrayLiteral("block_answers/") + moduleId.toUtf8() + '/' + blockId.toUtf8();
}

const QString kLocked = QStringLiteral("your answers are locked");

} // namespace

SqliteModuleProgressStore::SqliteModuleProgressStore(QSqlDatabase db, const PrivateVault &vault)
    : m_db(std::move(db))
    , m_vault(vault)
{
}

bool SqliteModuleProgressStore::answersLocked() const
{
    return !m_vault.key();
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
    const SecretKey *key = m_vault.key();
    if (!key) {
        m_error = kLocked;
        return std::nullopt;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT block_id, sealed FROM sealed_block_answers WHERE module_id = ?"));
    query.addBindValue(moduleId);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    QHash<QString, QString> answers;
    while (query.next()) {
        const QString blockId = query.value(0).toString();
        std::optional<QByteArray> answer = open(*key, query.value(1).toByteArray(), placeOf(moduleId, blockId));
        // A damaged answer is shown as never given; the next change replaces it.
        if (answer) {
            answers.insert(blockId, QString::fromUtf8(*answer));
            wipe(*answer);
        }
    }
    return answers;
}

bool SqliteModuleProgressStore::saveAnswer(const QString &moduleId, const QString &blockId, const QString &answer)
{
    const SecretKey *key = m_vault.key();
    if (!key) {
        m_error = kLocked;
        return false;
    }
    QByteArray plain = answer.toUtf8();
    const QByteArray sealed = seal(*key, plain, placeOf(moduleId, blockId));
    wipe(plain);
    if (sealed.isEmpty()) {
        m_error = QStringLiteral("the answer could not be sealed");
        return false;
    }
    return write(QStringLiteral("INSERT INTO sealed_block_answers (module_id, block_id, sealed) VALUES (?, ?, ?) "
                                "ON CONFLICT(module_id, block_id) DO UPDATE SET sealed = excluded.sealed"),
                 {moduleId, blockId, sealed});
}

bool SqliteModuleProgressStore::sealPlainAnswers()
{
    const SecretKey *key = m_vault.key();
    if (!key) {
        m_error = kLocked;
        return false;
    }
    QSqlQuery plain(m_db);
    if (!plain.exec(QStringLiteral("SELECT module_id, block_id, answer FROM block_answers"))) {
        m_error = plain.lastError().text();
        return false;
    }
    QList<QVariantList> rows;
    while (plain.next()) {
        QByteArray answer = plain.value(2).toString().toUtf8();
        const QString moduleId = plain.value(0).toString();
        const QString blockId = plain.value(1).toString();
        rows.append({moduleId, blockId, seal(*key, answer, placeOf(moduleId, blockId))});
        wipe(answer);
    }
    plain.finish();
    if (rows.isEmpty())
        return true;
    // All or nothing: a crash half-way leaves every plain answer where it was, to try again.
    if (!m_db.transaction()) {
        m_error = m_db.lastError().text();
        return false;
    }
    for (const QVariantList &row : std::as_const(rows)) {
        if (row.at(2).toByteArray().isEmpty()
            || !write(QStringLiteral("INSERT OR REPLACE INTO sealed_block_answers (module_id, block_id, sealed) "
                                     "VALUES (?, ?, ?)"),
                      row)) {
            m_db.rollback();
            return false;
        }
    }
    if (!write(QStringLiteral("DELETE FROM block_answers"), {}) || !m_db.commit()) {
        m_error = m_error.isEmpty() ? m_db.lastError().text() : m_error;
        m_db.rollback();
        return false;
    }
    // Older versions saved each answer many times without secure_delete, so earlier copies may
    // sit in free pages and the write-ahead log: rewrite the file once to leave none behind.
    // Failing here loses nothing; the plain rows are already gone.
    QSqlQuery compact(m_db);
    compact.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    compact.exec(QStringLiteral("VACUUM"));
    compact.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return true;
}

bool SqliteModuleProgressStore::removeAllAnswers()
{
    return write(QStringLiteral("DELETE FROM sealed_block_answers"), {}) && write(QStringLiteral("DELETE FROM block_answers"), {});
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
