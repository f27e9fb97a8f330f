#pragma once

#include "core/journalstore.h"
#include "storage/sealedrows.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace cg {

class PrivateVault;

// The journal in SQLite, every entry sealed whole with the vault's key and bound to its id, so
// a sealed entry copied onto another row does not open. Nothing can be read or written while
// the vault is closed.
class SqliteJournalStore : public JournalStore
{
public:
    SqliteJournalStore(QSqlDatabase &db, const PrivateVault &vault);

    // Saves a new entry (empty id: a random one is given) or replaces the one with its id.
    // Returns the id, or nullopt with lastError() set; an entry that failed to save was not
    // half-saved.
    std::optional<QString> save(const JournalEntry &entry) override;
    bool remove(const QString &id) override;
    bool removeAll() override;
    // Every entry, oldest first. Nullopt while the vault is closed or the table cannot be read.
    // An entry that does not open (damaged on disk) is left out and counted in damagedCount().
    std::optional<QList<JournalEntry>> loadAll() override;

    int damagedCount() const override { return m_rows.damagedCount(); }
    QString lastError() const override { return m_rows.error(); }

private:
    SealedRows m_rows;
};

} // namespace cg
