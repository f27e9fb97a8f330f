#pragma once

#include "core/checkinstore.h"
#include "storage/sealedrows.h"

namespace cg {

// Check-ins in SQLite, each sealed whole (date, stage and every answer) with the vault's key.
class SqliteCheckInStore : public CheckInStore
{
public:
    SqliteCheckInStore(QSqlDatabase &db, const PrivateVault &vault);

    std::optional<QString> save(const CheckInRecord &record) override;
    bool removeAll() override;
    std::optional<QList<CheckInRecord>> loadAll() override;
    int damagedCount() const override { return m_rows.damagedCount(); }
    QString lastError() const override { return m_rows.error(); }

private:
    SealedRows m_rows;
};

} // namespace cg
