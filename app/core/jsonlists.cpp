#include "core/jsonlists.h"

#include <QJsonArray>

namespace cg {

std::optional<QStringList> stringListFromJson(const QJsonValue &value, bool absentIsEmpty)
{
    if (absentIsEmpty && (value.isUndefined() || value.isNull()))
        return QStringList();
    if (!value.isArray())
        return std::nullopt;
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return std::nullopt;
        list << item.toString();
    }
    return list;
}

} // namespace cg
