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

std::optional<WeekRange> isoWeeksOfQuarter(const QString &quarter)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{4})-Q([1-4])$"));
    const QRegularExpressionMatch match = pattern.match(quarter);
    if (!match.hasMatch())
        return std::nullopt;
    const int year = match.captured(1).toInt();
    const int firstMonth = (match.captured(2).toInt() - 1) * 3 + 1;
    const QDate start(year, firstMonth, 1);
    const QDate end = start.addMonths(3).addDays(-1);
    // The Thursday of the week holding `day`.
    const auto thursdayOf = [](QDate day) { return day.addDays(4 - day.dayOfWeek()); };
    QDate firstThursday = thursdayOf(start);
    if (firstThursday < start)
        firstThursday = firstThursday.addDays(7);
    QDate lastThursday = thursdayOf(end);
    if (lastThursday > end)
        lastThursday = lastThursday.addDays(-7);
    return WeekRange{isoWeek(firstThursday), isoWeek(lastThursday)};
}

} // namespace cg
