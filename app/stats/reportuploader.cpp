#include "stats/reportuploader.h"

#include "core/uploadpolicy.h"
#include "stats/reportrequest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace cg {
namespace {

// The server's own short reason for a refusal ({"error": "..."}), for the log; never sent on.
QString refusalReason(const QByteArray &body)
{
    const QString error = QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toString();
    return error.left(200);
}

} // namespace

ReportUploader::ReportUploader(StatisticsStore &store, QNetworkAccessManager &network, std::function<bool()> allowed,
                               std::function<QDate()> today, UploadDelays delays, QObject *parent)
    : QObject(parent),
      m_store(store),
      m_network(network),
      m_allowed(std::move(allowed)),
      m_today(std::move(today)),
      m_delays(std::move(delays))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ReportUploader::sendNext);
}

ReportUploader::~ReportUploader()
{
    stop();
}

void ReportUploader::setStatsUrl(const QUrl &statsUrl)
{
    m_statsUrl = statsUrl;
}

void ReportUploader::start(Mode mode)
{
    if (m_running)
        return;
    m_running = true;
    m_mode = mode;
    m_attempt = 0;
    m_triedThisRound.clear();
    m_tally = {};
    waitThen(m_delays.beforeReport());
}

void ReportUploader::stop()
{
    m_running = false;
    m_timer.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void ReportUploader::waitThen(std::chrono::milliseconds delay)
{
    m_timer.start(delay);
}

void ReportUploader::finish()
{
    m_running = false;
    emit finished();
}

void ReportUploader::sendNext()
{
    if (!m_running)
        return;
    // Consent is asked afresh before each request: switching off stops the very next one.
    if (!m_allowed() || m_statsUrl.isEmpty())
        return finish();
    const std::optional<QList<PendingReport>> pending = m_store.pendingReports();
    if (!pending) {
        qWarning("statistics: cannot read the reports waiting: %s", qPrintable(m_store.lastError()));
        return finish();
    }
    for (const PendingReport &report : *pending) {
        if (!m_triedThisRound.contains(report.reportId))
            return send(report);
    }
    finish();
}

void ReportUploader::send(const PendingReport &report)
{
    m_reply = m_network.post(reportRequest(m_statsUrl, m_timeout), report.body);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, report] {
        m_reply = nullptr;
        reply->deleteLater();
        answered(reply, report);
    });
}

void ReportUploader::answered(QNetworkReply *reply, const PendingReport &report)
{
    // 0 when no answer came at all: a timeout, a dropped connection, no network.
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    switch (uploadOutcome(status)) {
    case UploadOutcome::Delivered:
        ++m_tally.delivered;
        m_attempt = 0;
        emit reportDelivered(report.reportId);
        if (!m_store.markSent(report.reportId, m_today(), sentKept)) {
            // The server has it; the next try sends the same report_id, which it knows already.
            qWarning("statistics: a sent report could not be moved out of the outbox: %s",
                     qPrintable(m_store.lastError()));
            return finish();
        }
        break;
    case UploadOutcome::Refused:
        ++m_tally.refused;
        m_attempt = 0;
        m_tally.lastProblem = QStringLiteral("the server refused the report for %1 (HTTP %2) %3")
                                  .arg(report.week).arg(status).arg(refusalReason(reply->readAll())).trimmed();
        qWarning("statistics: %s; it is dropped", qPrintable(m_tally.lastProblem));
        emit reportRefused(report.reportId, status);
        if (!m_store.removeReport(report.reportId)) {
            qWarning("statistics: a refused report could not be dropped: %s", qPrintable(m_store.lastError()));
            return finish();
        }
        break;
    case UploadOutcome::TryLater:
        ++m_tally.failed;
        m_tally.lastProblem = status == 0
            ? QStringLiteral("the report for %1 could not be sent (%2)").arg(report.week, reply->errorString())
            : QStringLiteral("the server could not take the report for %1 (HTTP %2)").arg(report.week).arg(status);
        qInfo("statistics: %s; it will be tried again", qPrintable(m_tally.lastProblem));
        emit reportFailed(report.reportId, status);
        if (m_mode == Mode::OneAttemptEach) {
            m_triedThisRound.insert(report.reportId);
            return waitThen(m_delays.beforeReport());
        }
        return waitThen(m_delays.beforeRetry(++m_attempt,
                                             parseRetryAfter(QString::fromLatin1(reply->rawHeader("Retry-After")))));
    }
    waitThen(m_delays.beforeReport());
}

} // namespace cg
