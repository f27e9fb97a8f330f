#include "models/privacycontroller.h"

namespace cg {

PrivacyController::PrivacyController(const MetricRegistry &registry, StatisticsStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_metrics(registry)
    , m_reports(registry)
{
}

void PrivacyController::refresh(bool consent)
{
    const std::optional<QList<PendingReport>> waiting = m_store.pendingReports();
    const std::optional<QList<SentReport>> sent = m_store.sentReports();
    const std::optional<int> dropped = m_store.droppedCount();
    if (!waiting || !sent || !dropped) {
        m_reports.show({}, {});
        m_summary = tr("The app could not read its reports just now. Nothing has been lost. Please try again later.");
        emit refreshed();
        return;
    }
    m_reports.show(*waiting, *sent);
    if (!consent)
        m_summary = tr("Sharing counts is off, so nothing is sent. Anything not yet sent was deleted when it was turned off.");
    else if (waiting->isEmpty() && sent->isEmpty())
        m_summary = tr("Nothing yet. The first report is made when this week ends, and sent the next time you open the app.");
    else
        m_summary = tr("Each report holds one week's counts and nothing else. Here it is in words, and exactly as it was sent.");
    if (consent && *dropped > 0)
        m_summary += u' ' + tr("%n older report(s) could not reach your council for a long time, so the app deleted them.", "", *dropped);
    emit refreshed();
}

} // namespace cg
