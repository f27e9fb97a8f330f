#include "core/openinghours.h"

#include <QJsonObject>

namespace cg {
namespace {

int nextWeekday(int weekday)
{
    return weekday % 7 + 1;
}

} // namespace

bool ServiceHours::isOpenAt(const QDateTime &localTime) const
{
    if (allHours)
        return true;
    const int today = localTime.date().dayOfWeek();
    const QTime now = localTime.time();
    for (const OpeningHours &opening : regular) {
        const bool overnight = opening.closes <= opening.opens;
        if (opening.weekday == today && now >= opening.opens && (overnight || now < opening.closes))
            return true;
        // The part of last night's opening that runs past midnight.
        if (overnight && nextWeekday(opening.weekday) == today && now < opening.closes)
            return true;
    }
    return false;
}

std::optional<QList<OpeningHours>> openingHoursFromJson(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QList<OpeningHours>{};
    if (!value.isArray())
        return std::nullopt;
    QList<OpeningHours> hours;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject json = item.toObject();
        OpeningHours opening;
        opening.weekday = json.value(QStringLiteral("day")).toInt();
        opening.opens = QTime::fromString(json.value(QStringLiteral("opens")).toString(), QStringLiteral("HH:mm"));
        opening.closes = QTime::fromString(json.value(QStringLiteral("closes")).toString(), QStringLiteral("HH:mm"));
        if (!item.isObject() || opening.weekday < 1 || opening.weekday > 7 || !opening.opens.isValid()
            || !opening.closes.isValid())
            return std::nullopt;
        hours << opening;
    }
    return hours;
}

QJsonArray openingHoursToJson(const QList<OpeningHours> &hours)
{
    QJsonArray array;
    for (const OpeningHours &opening : hours) {
        array << QJsonObject{{QStringLiteral("day"), opening.weekday},
                             {QStringLiteral("opens"), opening.opens.toString(QStringLiteral("HH:mm"))},
                             {QStringLiteral("closes"), opening.closes.toString(QStringLiteral("HH:mm"))}};
    }
    return array;
}

} // namespace cg
