#include "storage/sqlitejournalstore.h"

#include <QJsonDocument>

#include <algorithm>

namespace cg {

SqliteJournalStore::SqliteJournalStore(QSqlDatabase &db, const PrivateVault &vault)
    : m_rows(db, QStringLiteral("journal_entries"), vault)
{
}

std::optional<QString> SqliteJournalStore::save(const JournalEntry &entry)
{
    return m_rows.put(entry.id, QJsonDocument(journalEntryToJson(entry)).toJson(QJsonDocument::Compact));
}

bool SqliteJournalStore::remove(const QString &id)
{
    return m_rows.remove(id);
}

bool SqliteJournalStore::removeAll()
{
    return m_rows.removeAll();
}

std::optional<QList<JournalEntry>> SqliteJournalStore::loadAll()
{
    std::optional<QList<JournalEntry>> entries = openRecords<JournalEntry>(m_rows, journalEntryFromJson);
    if (entries)
        std::stable_sort(entries->begin(), entries->end(),
                         [](const JournalEntry &a, const JournalEntry &b) { return a.when < b.when; });
    return entries;
}

} // namespace cg
