#pragma once

#include <QJsonValue>
#include <QStringList>

#include <optional>

namespace cg {

// A JSON array of strings as a list; nullopt when it is not an array or holds anything but
// strings. With `absentIsEmpty`, a missing or null value is an empty list rather than an error.
std::optional<QStringList> stringListFromJson(const QJsonValue &value, bool absentIsEmpty = false);

} // namespace cg
