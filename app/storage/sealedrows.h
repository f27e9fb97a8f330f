#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <utility>

namespace cg {

class PrivateVault;

// One table of private records, each sealed whole with the vault's key under a random id and
// bound to its table and id, so a sealed value copied onto another row does not open. The table
// has two columns, `id TEXT PRIMARY KEY` and `sealed BLOB`; only the random id is in plain text.
// Nothing can be read or written while the vault is closed.
class SealedRows
{
public:
    SealedRows(QSqlDatabase &db, QString table, const PrivateVault &vault);

    // Seals `plain` (then wipes it) under `id`, or under a new random id when it is empty,
    // replacing what was there. Returns the id, or nullopt with error() set; nothing is
    // half-written.
    std::optional<QString> put(const QString &id, QByteArray plain);
    bool remove(const QString &id);
    bool removeAll();
    // Every row opened, as id and plain bytes (the caller wipes them). Nullopt while the vault is
    // closed or the table cannot be read. A row that does not open is left out and counted in
    // damagedCount(); so is one the caller later finds it cannot read (countDamaged()).
    std::optional<QList<std::pair<QString, QByteArray>>> openAll();
    void countDamaged() { ++m_damaged; }
    int damagedCount() const { return m_damaged; }
    QString error() const { return m_error; }

private:
    QByteArray placeOf(const QString &id) const;

    QSqlDatabase &m_db;
    QString m_table;
    const PrivateVault &m_vault;
    int m_damaged = 0;
    QString m_error;
};

} // namespace cg
