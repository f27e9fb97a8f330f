#include "core/isoweek.h"

#include <QRegularExpression>

namespace cg {

QString isoWeek(QDate date)
{
    int year = 0;
    const int week = date.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year, 4, 10, QLatin1Char('0')).arg(week, 2, 10, QLatin1Char('0'));
}

std::optional<QDate> isoWeekMonday(const QString &week)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-W(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(week);
    if (!match.hasMatch())
        return std::nullopt;
    const int year = match.captured(1).toInt();
    const int number = match.captured(2).toInt();
    // 4 January is always in week 1; its week's Monday starts the ISO year.
    const QDate fourth(year, 1, 4);
    const QDate monday = fourth.addDays(1 - fourth.dayOfWeek()).addDays(7 * (number - 1));
    if (number < 1 || isoWeek(monday) != week)
        return std::nullopt;
    return monday;
}

} // namespace cg
