#include "server/reportperiod.h"

#include "core/isoweek.h"

#include <QDate>
#include <QLocale>

namespace cg {
namespace {

ReportPeriod periodFrom(QDate firstMonday, QDate lastMonday)
{
    ReportPeriod period;
    for (QDate monday = firstMonday; monday <= lastMonday; monday = monday.addDays(7)) {
        const QString month = monday.addDays(3).toString(QStringLiteral("yyyy-MM"));
        if (period.months.isEmpty() || period.months.last() != month)
            period.months << month;
        period.weeks << isoWeek(monday);
        period.monthOfWeek << int(period.months.size()) - 1;
    }
    return period;
}

} // namespace

std::optional<ReportPeriod> reportPeriod(const QString &from, const QString &to, QString *error)
{
    const std::optional<QDate> first = isoWeekMonday(from);
    const std::optional<QDate> last = isoWeekMonday(to);
    if (!first || !last) {
        *error = QStringLiteral("weeks are written YYYY-Www, such as 2026-W05; '%1' is not one")
                     .arg(first ? to : from);
        return std::nullopt;
    }
    if (*last < *first) {
        *error = QStringLiteral("the last week (%1) comes before the first (%2)").arg(to, from);
        return std::nullopt;
    }
    if (first->daysTo(*last) / 7 + 1 > kLongestPeriodWeeks) {
        *error = QStringLiteral("choose at most %1 weeks at a time").arg(kLongestPeriodWeeks);
        return std::nullopt;
    }
    return periodFrom(*first, *last);
}

ReportPeriod recentWeeks(QDate today, int weeks)
{
    const QDate thisMonday = today.addDays(1 - today.dayOfWeek());
    return periodFrom(thisMonday.addDays(-7 * weeks), thisMonday.addDays(-7));
}

QStringList recentQuarters(QDate today, int count)
{
    QStringList quarters;
    int year = today.year();
    int quarter = (today.month() - 1) / 3 + 1;
    for (int i = 0; i < count; ++i) {
        quarters << QStringLiteral("%1-Q%2").arg(year).arg(quarter);
        if (--quarter == 0) {
            quarter = 4;
            --year;
        }
    }
    return quarters;
}

QString monthName(const QString &month)
{
    const QDate first = QDate::fromString(month + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
    return first.isValid() ? QLocale(QLocale::English, QLocale::UnitedKingdom).toString(first, QStringLiteral("MMMM yyyy"))
                           : month;
}

} // namespace cg
