#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cg {

// One count of one week: a metric from the registry, its labels, and how many times.
struct WeeklyCount {
    QString metric;
    QHash<QString, QString> labels;
    int value = 0;
    bool operator==(const WeeklyCount &) const = default;
};

// A weekly report waiting to be sent, exactly as it will go.
struct PendingReport {
    QString reportId;
    QString week;
    QByteArray body;
    bool operator==(const PendingReport &) const = default;
};

// A report the server accepted, as the phone remembers it for the parent to look at.
struct SentReport {
    PendingReport report;
    QDate sentOn;
    bool operator==(const SentReport &) const = default;
};

// Where the phone keeps this week's counts (and any earlier week's not yet reported) until they
// go into a weekly report, and the reports until the server has them. Only counts the parent
// agreed to share are ever kept.
class StatisticsStore
{
public:
    virtual ~StatisticsStore() = default;

    // Adds one to a count for `week`, never beyond `most` (the registry's weekly most), counting
    // what was already filed for that week.
    virtual bool add(const QString &week, const QString &metric, const QHash<QString, QString> &labels, int most) = 0;
    // Every week holding counts, oldest first.
    virtual std::optional<QStringList> weeks() = 0;
    virtual std::optional<QList<WeeklyCount>> countsFor(const QString &week) = 0;
    virtual bool removeWeek(const QString &week) = 0;
    // Files `week`'s report (holding `counts`) and deletes its counts, all or nothing, so a count
    // is never reported twice or lost. Beyond `outboxBound` waiting reports, the oldest are
    // dropped and counted.
    virtual bool fileReport(const PendingReport &report, const QList<WeeklyCount> &counts, int outboxBound) = 0;
    // The reports waiting, oldest week first (and in the order filed within a week).
    virtual std::optional<QList<PendingReport>> pendingReports() = 0;
    // The server will never take it.
    virtual bool removeReport(const QString &reportId) = 0;
    // The server has it: out of the outbox and into the sent list, both or neither, keeping the
    // newest `keep` sent reports.
    virtual bool markSent(const QString &reportId, QDate sentOn, int keep) = 0;
    // The reports the server accepted that the phone still remembers, newest week first.
    virtual std::optional<QList<SentReport>> sentReports() = 0;
    // How many waiting reports were dropped because the outbox was full.
    virtual std::optional<int> droppedCount() = 0;
    // Every count and report not yet sent, and the phone's copy of those sent: the parent
    // switched statistics off.
    virtual bool removeAll() = 0;
    virtual QString lastError() const = 0;
};

} // namespace cg
