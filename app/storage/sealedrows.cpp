#include "storage/sealedrows.h"

#include "crypto/privatevault.h"
#include "crypto/sealedbox.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace cg {

SealedRows::SealedRows(QSqlDatabase &db, QString table, const PrivateVault &vault)
    : m_db(db)
    , m_table(std::move(table))
    , m_vault(vault)
{
}

QByteArray SealedRows::placeOf(const QString &id) const
{
    return m_table.toUtf8() + '/' + id.toUtf8();
}

std::optional<QString> SealedRows::put(const QString &id, QByteArray plain)
{
    m_error.clear();
    const SecretKey *key = m_vault.key();
    if (!key) {
        wipe(plain);
        m_error = QStringLiteral("the private data is locked");
        return std::nullopt;
    }
    const QString rowId = id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : id;
    const QByteArray sealed = seal(*key, plain, placeOf(rowId));
    wipe(plain);
    if (sealed.isEmpty()) {
        m_error = QStringLiteral("the record could not be sealed");
        return std::nullopt;
    }
    // The table name is one of ours, never typed by anyone, so it can be part of the statement.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO %1 (id, sealed) VALUES (?, ?) "
                                 "ON CONFLICT(id) DO UPDATE SET sealed = excluded.sealed").arg(m_table));
    query.addBindValue(rowId);
    query.addBindValue(sealed);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    return rowId;
}

bool SealedRows::remove(const QString &id)
{
    m_error.clear();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(m_table));
    query.addBindValue(id);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

bool SealedRows::removeAll()
{
    m_error.clear();
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("DELETE FROM %1").arg(m_table))) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

std::optional<QList<std::pair<QString, QByteArray>>> SealedRows::openAll()
{
    m_error.clear();
    m_damaged = 0;
    const SecretKey *key = m_vault.key();
    if (!key) {
        m_error = QStringLiteral("the private data is locked");
        return std::nullopt;
    }
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT id, sealed FROM %1").arg(m_table))) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    QList<std::pair<QString, QByteArray>> rows;
    while (query.next()) {
        const QString id = query.value(0).toString();
        std::optional<QByteArray> plain = open(*key, query.value(1).toByteArray(), placeOf(id));
        if (plain)
            rows.append({id, std::move(*plain)});
        else
            ++m_damaged;
    }
    return rows;
}

} // namespace cg
