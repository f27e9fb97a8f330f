#include "core/weeklyreporter.h"

#include "core/isoweek.h"
#include "core/weeklyreport.h"

#include <QJsonDocument>
#include <QUuid>

namespace cg {

WeeklyReporter::WeeklyReporter(const MetricRegistry &registry, StatisticsStore &store, NewReportId newReportId)
    : m_registry(registry)
    , m_store(store)
    , m_newReportId(std::move(newReportId))
{
}

bool WeeklyReporter::fileFinishedWeeks(QDate today, const QString &areaCode, const QString &appVersion,
                                       bool includeThisWeek)
{
    m_error.clear();
    const std::optional<QStringList> weeks = m_store.weeks();
    if (!weeks) {
        m_error = m_store.lastError();
        return false;
    }
    const QString thisWeek = isoWeek(today);
    for (const QString &week : *weeks) {
        // A clock set back leaves "future" weeks: they wait until their week has passed.
        if (week > thisWeek || (week == thisWeek && !includeThisWeek))
            continue;
        std::optional<QList<WeeklyCount>> counts = m_store.countsFor(week);
        if (!counts) {
            m_error = m_store.lastError();
            return false;
        }
        // A count an older version kept that this version's registry no longer lists is not sent.
        counts->removeIf([this](const WeeklyCount &count) {
            return countProblem(m_registry, count.metric, count.labels, count.value).has_value();
        });
        const WeeklyReport report{m_newReportId(), appVersion, week, areaCode, *counts};
        const QByteArray body = weeklyReportJson(report);
        if (const std::optional<QString> problem = reportProblem(m_registry, QJsonDocument::fromJson(body).object())) {
            m_error = QStringLiteral("the report for %1 is not one the registry allows: %2").arg(week, *problem);
            return false;
        }
        if (!m_store.fileReport({report.reportId, week, body}, *counts, outboxBound)) {
            m_error = m_store.lastError();
            return false;
        }
    }
    return true;
}

QString randomReportId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace cg
