#pragma once

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

// Where the phone keeps this week's counts (and any earlier week's not yet reported) until they
// go into a weekly report. Only counts the parent agreed to share are ever kept.
class StatisticsStore
{
public:
    virtual ~StatisticsStore() = default;

    // Adds one to a count for `week`, never beyond `most` (the registry's weekly most).
    virtual bool add(const QString &week, const QString &metric, const QHash<QString, QString> &labels, int most) = 0;
    // Every week holding counts, oldest first.
    virtual std::optional<QStringList> weeks() = 0;
    virtual std::optional<QList<WeeklyCount>> countsFor(const QString &week) = 0;
    virtual bool removeWeek(const QString &week) = 0;
    // Everything not yet sent: the parent switched statistics off.
    virtual bool removeAll() = 0;
    virtual QString lastError() const = 0;
};

} // namespace cg
