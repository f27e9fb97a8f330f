#pragma once

#include "core/metricregistry.h"
#include "core/statisticsstore.h"

#include <QDate>

#include <functional>

namespace cg {

// Where the app counts what happens, for the weekly anonymous report. Nothing is counted without
// the parent's consent, and nothing the metric registry does not list.
class StatisticsRecorder
{
public:
    using Consent = std::function<bool()>;
    using Today = std::function<QDate()>;

    StatisticsRecorder(const MetricRegistry &registry, StatisticsStore &store, Consent consent, Today today);

    // Counts one event in this ISO week. False (and nothing kept) without consent, or for a count
    // the registry does not allow, which is a mistake in the app and is logged.
    bool count(const QString &metric, const QHash<QString, QString> &labels = {});
    // Consent withdrawn: every count not yet sent goes.
    bool forgetAll() { return m_store.removeAll(); }

private:
    const MetricRegistry &m_registry;
    StatisticsStore &m_store;
    Consent m_consent;
    Today m_today;
};

} // namespace cg
