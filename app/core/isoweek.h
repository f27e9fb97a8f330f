#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace cg {

// ISO 8601 weeks, the only time statistics ever carry: "2026-W48". Weeks start on Monday, and the
// first week of a year is the one with its Thursday, so 1 January can belong to the year before.
QString isoWeek(QDate date);
// The Monday of a week written "YYYY-Www", or none for anything else (such as "2026-W54" in a year
// with 52 weeks, or "2026-w48").
std::optional<QDate> isoWeekMonday(const QString &week);

// The first and last ISO weeks of a quarter written "YYYY-Qn": the weeks whose Thursday falls in
// it, so every week belongs to exactly one quarter. None for anything else ("2026-Q5", "2026Q1").
struct WeekRange {
    QString first;
    QString last;
};
std::optional<WeekRange> isoWeeksOfQuarter(const QString &quarter);

} // namespace cg
