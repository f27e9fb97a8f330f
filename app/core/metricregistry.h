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

// What is wrong with a report or one of its counts: a short code a program can act on (such as
// "unknown_metric") and a sentence naming the field, metric, label or value.
struct ReportProblem {
    QString error;
    QString detail;
};

// Why one count does not fit the registry, or none when it fits. Codes: unknown_metric,
// missing_label, unknown_label, unknown_label_value, value_out_of_range (below 1 or over the
// metric's weekly most).
std::optional<ReportProblem> countCheck(const MetricRegistry &registry, const QString &metric,
                                        const QHash<QString, QString> &labels, qint64 value);

// countCheck's sentence alone.
std::optional<QString> countProblem(const MetricRegistry &registry, const QString &metric,
                                    const QHash<QString, QString> &labels, qint64 value);

} // namespace cg
