#include "core/statisticsrecorder.h"

#include "core/isoweek.h"

#include <QtGlobal>

namespace cg {

StatisticsRecorder::StatisticsRecorder(const MetricRegistry &registry, StatisticsStore &store, Consent consent,
                                       Today today)
    : m_registry(registry)
    , m_store(store)
    , m_consent(std::move(consent))
    , m_today(std::move(today))
{
}

bool StatisticsRecorder::count(const QString &metric, const QHash<QString, QString> &labels)
{
    if (!m_consent())
        return false;
    // The metric's name only: a wrong label value could be anything, and logs can be read.
    if (countProblem(m_registry, metric, labels, 1)) {
        qWarning("statistics: %s not counted: not as the metric registry allows", qPrintable(metric));
        return false;
    }
    return m_store.add(isoWeek(m_today()), metric, labels, m_registry.find(metric)->maxPerWeek);
}

} // namespace cg
