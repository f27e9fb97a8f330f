#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cg {

// content/metrics.json: every count the app may ever send, read by the app (to build reports)
// and the server (to accept them). Anything not listed here is never sent and never accepted.

struct MetricLabel {
    QString name;        // such as "module"
    QString list;        // the closed list its values come from ("modules"), or empty
    QStringList values;  // the values allowed, from the list or written out
};

struct Metric {
    QString name;         // such as "module.started"
    QString description;  // what is counted, in plain words for parents
    QString why;          // why it is counted, in plain words for parents
    QList<MetricLabel> labels;
    int maxPerWeek = 1;   // the largest value one phone may report for one set of labels in a week
    QString title;        // a short name in plain words ("Guides started"), for "What we have sent"
};

struct MetricRegistry {
    int schema = 1;
    QDate lastReviewed;
    QList<Metric> metrics;

    const Metric *find(const QString &name) const;
};

// Why one count does not fit the registry (unknown metric, a missing, extra or unknown label or
// value, a value below 1 or over the metric's weekly most), or none when it fits.
std::optional<QString> countProblem(const MetricRegistry &registry, const QString &metric,
                                    const QHash<QString, QString> &labels, qint64 value);

} // namespace cg
