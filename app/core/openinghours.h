#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QTime>

#include <optional>

namespace cg {

// One regular opening of a service: a weekday (1 is Monday, as ISO 8601 and ORUK v1 count) and
// a time range. A closing time at or before the opening time runs past midnight into the next day.
struct OpeningHours {
    int weekday = 0;
    QTime opens;
    QTime closes;

    bool operator==(const OpeningHours &) const = default;
};

// When a service can be reached, for the "open now" filter. Unknown (no hours) is never "open":
// a parent who asks for what is open now should not be sent to a door that may be shut.
struct ServiceHours {
    QList<OpeningHours> regular;
    bool allHours = false;  // day and night, every day (999, the National Domestic Abuse Helpline)

    bool known() const { return allHours || !regular.isEmpty(); }
    bool isOpenAt(const QDateTime &localTime) const;

    bool operator==(const ServiceHours &) const = default;
};

// [{"day": 1, "opens": "09:00", "closes": "17:00"}, ...]. Nullopt when an item is not of that shape.
std::optional<QList<OpeningHours>> openingHoursFromJson(const QJsonValue &value);
QJsonArray openingHoursToJson(const QList<OpeningHours> &hours);

} // namespace cg
