#pragma once

#include "core/moduleprogress.h"

#include <QSqlDatabase>

namespace cg {

class SqliteModuleProgressStore final : public ModuleProgressStore
{
public:
    explicit SqliteModuleProgressStore(QSqlDatabase db);

    std::optional<QHash<QString, ModuleProgress>> loadProgress() const override;
    bool saveProgress(const QString &moduleId, const ModuleProgress &progress) override;
    std::optional<QHash<QString, QString>> loadAnswers(const QString &moduleId) const override;
    bool saveAnswer(const QString &moduleId, const QString &blockId, const QString &answer) override;
    std::optional<QList<Commitment>> loadCommitments() const override;
    bool saveCommitment(const Commitment &commitment) override;
    QString lastError() const override { return m_error; }

private:
    // Runs one statement with its values in order; false (with lastError) when it fails.
    bool write(const QString &sql, const QVariantList &values);

    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace cg
