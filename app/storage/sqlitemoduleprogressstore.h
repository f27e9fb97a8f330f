#pragma once

#include "core/moduleprogress.h"

#include <QSqlDatabase>

namespace cg {

class PrivateVault;

// Progress and chosen ideas in plain SQLite; the parent's answers sealed with the vault's key,
// each bound to its module and block, and unreadable while the private data is locked.
class SqliteModuleProgressStore final : public ModuleProgressStore
{
public:
    SqliteModuleProgressStore(QSqlDatabase db, const PrivateVault &vault);

    std::optional<QHash<QString, ModuleProgress>> loadProgress() const override;
    bool saveProgress(const QString &moduleId, const ModuleProgress &progress) override;
    std::optional<QHash<QString, QString>> loadAnswers(const QString &moduleId) const override;
    bool saveAnswer(const QString &moduleId, const QString &blockId, const QString &answer) override;
    std::optional<QList<Commitment>> loadCommitments() const override;
    bool saveCommitment(const Commitment &commitment) override;
    QString lastError() const override { return m_error; }
    bool answersLocked() const override;

    // Seals answers saved in plain text by versions before 004_sealed_answers.sql and deletes
    // the plain copies, in one transaction. Needs the vault open; true when nothing is left.
    bool sealPlainAnswers();
    // Deletes every answer, sealed or not: the reset after a forgotten PIN.
    bool removeAllAnswers();

private:
    // Runs one statement with its values in order; false (with lastError) when it fails.
    bool write(const QString &sql, const QVariantList &values);

    QSqlDatabase m_db;
    const PrivateVault &m_vault;
    mutable QString m_error;
};

} // namespace cg
