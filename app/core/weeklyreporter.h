#pragma once

#include "core/metricregistry.h"
#include "core/statisticsstore.h"

#include <QDate>

#include <functional>

namespace cg {

// Turns each finished week's counts into one weekly report in the outbox: one report per week,
// built from that week only, each with a fresh random id, never two weeks in one.
class WeeklyReporter
{
public:
    using NewReportId = std::function<QString()>;

    // The most reports kept waiting; beyond it the oldest are dropped (and counted), so a phone
    // that never reaches the server does not fill up.
    static constexpr int outboxBound = 26;

    WeeklyReporter(const MetricRegistry &registry, StatisticsStore &store, NewReportId newReportId);

    // Files every week with counts that ended before the week of `today` (with
    // `includeThisWeek`, this week too, as --upload-now does), oldest first. `areaCode` and
    // `appVersion` ("major.minor") go into each. False with error() set when one could not be
    // filed; those before it are filed, and it and those after stay counted for next time.
    bool fileFinishedWeeks(QDate today, const QString &areaCode, const QString &appVersion, bool includeThisWeek = false);
    QString error() const { return m_error; }

private:
    const MetricRegistry &m_registry;
    StatisticsStore &m_store;
    NewReportId m_newReportId;
    QString m_error;
};

// A random (version 4) UUID in lower case, as report ids are written.
QString randomReportId();

} // namespace cg
