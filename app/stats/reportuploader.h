#pragma once

#include "core/statisticsstore.h"
#include "stats/uploaddelays.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <functional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
QT_END_NAMESPACE

namespace cg {

// Carries the weekly reports waiting in the outbox to the statistics server, one report per
// request, oldest week first, each after a wait (UploadDelays). What each answer means is core's
// uploadOutcome: accepted reports move to the sent list, refused ones are dropped and logged, and
// the rest wait and are tried again with backoff. A report leaves the outbox only after the
// server's answer, so one killed mid-send is sent again with the same report_id, which the server
// recognises; nothing is ever sent twice under a new id.
class ReportUploader : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        KeepTrying,      // the app: until the outbox is empty or sending is stopped
        OneAttemptEach,  // --upload-now: each waiting report once, then finished()
    };

    // What the last round did, for --upload-now's exit code and message.
    struct Tally {
        int delivered = 0;
        int refused = 0;
        int failed = 0;   // left waiting for a later try
        QString lastProblem;  // the last refusal or failure, in words
    };

    // How many accepted reports the phone remembers for "What we have sent".
    static constexpr int sentKept = 12;

    // `allowed` is asked before every request (the parent's consent); `today` dates the sent list.
    ReportUploader(StatisticsStore &store, QNetworkAccessManager &network, std::function<bool()> allowed,
                   std::function<QDate()> today, UploadDelays delays, QObject *parent = nullptr);
    ~ReportUploader() override;

    // Where reports go; empty sends nothing (they wait).
    void setStatsUrl(const QUrl &statsUrl);
    QUrl statsUrl() const { return m_statsUrl; }
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // Starts sending (after the first wait), unless already under way.
    void start(Mode mode = Mode::KeepTrying);
    // Stops at once, abandoning any request in flight: its report stays in the outbox.
    void stop();
    bool isRunning() const { return m_running; }
    const Tally &tally() const { return m_tally; }

signals:
    // One report is sent (or failed); `outcome` is in words for the log and the tests.
    void reportDelivered(const QString &reportId);
    void reportRefused(const QString &reportId, int httpStatus);
    void reportFailed(const QString &reportId, int httpStatus);
    // Nothing more to do for now: the outbox is empty, sending is not allowed, there is no address,
    // or (OneAttemptEach) every report had its try.
    void finished();

private:
    void sendNext();
    void send(const PendingReport &report);
    void answered(QNetworkReply *reply, const PendingReport &report);
    void waitThen(std::chrono::milliseconds delay);
    void finish();

    StatisticsStore &m_store;
    QNetworkAccessManager &m_network;
    std::function<bool()> m_allowed;
    std::function<QDate()> m_today;
    UploadDelays m_delays;
    QUrl m_statsUrl;
    std::chrono::milliseconds m_timeout{30'000};
    QTimer m_timer;
    QPointer<QNetworkReply> m_reply;
    Mode m_mode = Mode::KeepTrying;
    bool m_running = false;
    int m_attempt = 0;          // failed tries of the oldest report in a row
    QSet<QString> m_triedThisRound;  // OneAttemptEach: reports already tried
    Tally m_tally;
};

} // namespace cg
