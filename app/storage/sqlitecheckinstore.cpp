#include "storage/sqlitecheckinstore.h"

#include <QJsonDocument>

#include <algorithm>

namespace cg {

SqliteCheckInStore::SqliteCheckInStore(QSqlDatabase &db, const PrivateVault &vault)
    : m_rows(db, QStringLiteral("checkins"), vault)
{
}

std::optional<QString> SqliteCheckInStore::save(const CheckInRecord &record)
{
    return m_rows.put(record.id, QJsonDocument(checkInRecordToJson(record)).toJson(QJsonDocument::Compact));
}

bool SqliteCheckInStore::removeAll()
{
    return m_rows.removeAll();
}

std::optional<QList<CheckInRecord>> SqliteCheckInStore::loadAll()
{
    std::optional<QList<CheckInRecord>> records = openRecords<CheckInRecord>(m_rows, checkInRecordFromJson);
    if (records)
        std::stable_sort(records->begin(), records->end(),
                         [](const CheckInRecord &a, const CheckInRecord &b) { return a.takenOn < b.takenOn; });
    return records;
}

} // namespace cg
