#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cg {

// The weeks a dashboard or summary covers, and the calendar months they fall in. A week belongs
// to the month of its Thursday (as it belongs to the quarter of its Thursday in the CSV export),
// so every week is in exactly one month and a month's figure is the sum of its weeks'.
struct ReportPeriod {
    QStringList weeks;          // "YYYY-Www", oldest first
    QStringList months;         // "YYYY-MM", oldest first
    QList<int> monthOfWeek;     // for each week, its index in `months`

    QString first() const { return weeks.first(); }
    QString last() const { return weeks.last(); }
};

// Long enough for two years side by side; the limit keeps one page's work bounded.
inline constexpr int kLongestPeriodWeeks = 106;

// The weeks from `from` to `to`, both "YYYY-Www" and included. None, with *error saying what is
// wrong in words a coordinator understands, for a malformed week, `to` before `from`, or more than
// kLongestPeriodWeeks weeks.
std::optional<ReportPeriod> reportPeriod(const QString &from, const QString &to, QString *error);

// The `weeks` weeks ending with the last whole week before `today`: the dashboard's default.
ReportPeriod recentWeeks(QDate today, int weeks);

// The `count` quarters ("2026-Q4") up to and including today's, newest first.
QStringList recentQuarters(QDate today, int count);

// "November 2026" for "2026-11".
QString monthName(const QString &month);

} // namespace cg
