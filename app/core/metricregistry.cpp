#include "core/metricregistry.h"

#include <algorithm>

namespace cg {

const Metric *MetricRegistry::find(const QString &name) const
{
    for (const Metric &metric : metrics) {
        if (metric.name == name)
            return &metric;
    }
    return nullptr;
}

std::optional<ReportProblem> countCheck(const MetricRegistry &registry, const QString &metric,
                                        const QHash<QString, QString> &labels, qint64 value)
{
    const Metric *known = registry.find(metric);
    if (!known)
        return ReportProblem{QStringLiteral("unknown_metric"), QStringLiteral("'%1' is not a metric in the registry").arg(metric)};
    for (const MetricLabel &label : known->labels) {
        const auto given = labels.constFind(label.name);
        if (given == labels.cend())
            return ReportProblem{QStringLiteral("missing_label"), QStringLiteral("%1 needs the label '%2'").arg(metric, label.name)};
        if (!label.values.contains(*given))
            return ReportProblem{QStringLiteral("unknown_label_value"),
                                 QStringLiteral("'%1' is not a value %2's label '%3' may have").arg(*given, metric, label.name)};
    }
    for (auto given = labels.cbegin(); given != labels.cend(); ++given) {
        const bool expected = std::any_of(known->labels.cbegin(), known->labels.cend(),
                                          [&given](const MetricLabel &label) { return label.name == given.key(); });
        if (!expected)
            return ReportProblem{QStringLiteral("unknown_label"), QStringLiteral("%1 has no label '%2'").arg(metric, given.key())};
    }
    if (value < 1 || value > known->maxPerWeek)
        return ReportProblem{QStringLiteral("value_out_of_range"),
                             QStringLiteral("%1 must be from 1 to %2, not %3").arg(metric).arg(known->maxPerWeek).arg(value)};
    return std::nullopt;
}

std::optional<QString> countProblem(const MetricRegistry &registry, const QString &metric,
                                    const QHash<QString, QString> &labels, qint64 value)
{
    if (std::optional<ReportProblem> problem = countCheck(registry, metric, labels, value))
        return problem->detail;
    return std::nullopt;
}

} // namespace cg
