#pragma once

#include "crypto/secretkey.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
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

// Every row of `rows` read back from its JSON by `fromJson` (nullopt for one that is not what it
// should be, counted as damaged), with its id set. The plain JSON is wiped as soon as it is read.
template <typename Record, typename FromJson>
std::optional<QList<Record>> openRecords(SealedRows &rows, FromJson fromJson)
{
    std::optional<QList<std::pair<QString, QByteArray>>> opened = rows.openAll();
    if (!opened)
        return std::nullopt;
    QList<Record> records;
    for (auto &[id, json] : *opened) {
        std::optional<Record> record = fromJson(QJsonDocument::fromJson(json).object());
        wipe(json);
        if (!record) {
            rows.countDamaged();
            continue;
        }
        record->id = id;
        records << *record;
    }
    return records;
}

} // namespace cg
