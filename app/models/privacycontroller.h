#pragma once

#include "core/statisticsstore.h"
#include "models/metriclistmodel.h"
#include "models/reportlistmodel.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace cg {

// More, Privacy: every count the app could send (for the consent choice), and "What we have sent":
// the reports sent and waiting, read afresh from the phone's store each time the screen opens.
class PrivacyController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the app at start-up")
    Q_PROPERTY(cg::MetricListModel *metrics READ metrics CONSTANT)
    Q_PROPERTY(cg::ReportListModel *reports READ reports CONSTANT)
    Q_PROPERTY(QString summary READ summary NOTIFY refreshed)

public:
    // `registry` and `store` must outlive the controller.
    PrivacyController(const MetricRegistry &registry, StatisticsStore &store, QObject *parent = nullptr);

    MetricListModel *metrics() { return &m_metrics; }
    ReportListModel *reports() { return &m_reports; }
    // What the list shows, or why it is empty, in a sentence or two.
    QString summary() const { return m_summary; }

    Q_INVOKABLE void refresh(bool consent);

signals:
    void refreshed();

private:
    StatisticsStore &m_store;
    MetricListModel m_metrics;
    ReportListModel m_reports;
    QString m_summary;
};

} // namespace cg
