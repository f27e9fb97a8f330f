#include "storage/sqlitejournalstore.h"

#include "crypto/privatevault.h"
#include "crypto/sealedbox.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace cg {
namespace {

// Binds a sealed entry to its row.
QByteArray placeOf(const QString &id)
{
    return QByteArrayLiteral("journal_entries/") + id.toUtf8();
}

} // namespace

SqliteJournalStore::SqliteJournalStore(QSqlDatabase &db, const PrivateVault &vault)
    : m_db(db)
    , m_vault(vault)
{
}

std::optional<QString> SqliteJournalStore::save(const JournalEntry &entry)
{
    m_error.clear();
    const SecretKey *key = m_vault.key();
    if (!key) {
        m_error = QStringLiteral("the journal is locked");
        return std::nullopt;
    }
    const QString id = entry.id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : entry.id;
    QByteArray json = QJsonDocument(journalEntryToJson(entry)).toJson(QJsonDocument::Compact);
    const QByteArray sealed = seal(*key, json, placeOf(id));
    wipe(json);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO journal_entries (id, sealed) VALUES (?, ?) "
                                 "ON CONFLICT(id) DO UPDATE SET sealed = excluded.sealed"));
    query.addBindValue(id);
    query.addBindValue(sealed);
    if (sealed.isEmpty() || !query.exec()) {
        m_error = sealed.isEmpty() ? QStringLiteral("the entry could not be sealed") : query.lastError().text();
        return std::nullopt;
    }
    return id;
}

bool SqliteJournalStore::remove(const QString &id)
{
    m_error.clear();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM journal_entries WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

bool SqliteJournalStore::removeAll()
{
    m_error.clear();
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("DELETE FROM journal_entries"))) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

std::optional<QList<JournalEntry>> SqliteJournalStore::loadAll()
{
    m_error.clear();
    m_damaged = 0;
    const SecretKey *key = m_vault.key();
    if (!key) {
        m_error = QStringLiteral("the journal is locked");
        return std::nullopt;
    }
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT id, sealed FROM journal_entries"))) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    QList<JournalEntry> entries;
    while (query.next()) {
        const QString id = query.value(0).toString();
        std::optional<QByteArray> json = open(*key, query.value(1).toByteArray(), placeOf(id));
        std::optional<JournalEntry> entry =
            json ? journalEntryFromJson(QJsonDocument::fromJson(*json).object()) : std::nullopt;
        if (json)
            wipe(*json);
        if (!entry) {
            ++m_damaged;
            continue;
        }
        entry->id = id;
        entries << *entry;
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const JournalEntry &a, const JournalEntry &b) { return a.when < b.when; });
    return entries;
}

} // namespace cg
