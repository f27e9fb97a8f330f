#pragma once

#include "content/labelnames.h"
#include "core/area.h"
#include "core/metricregistry.h"
#include "server/aggregatestore.h"
#include "server/signin.h"
#include "server/sourceratelimit.h"

#include <QDateTime>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QHttpServerResponse;
QT_END_NAMESPACE

namespace cg {

class Database;

// The statistics server's HTTP face. This is the only class that touches QHttpServer: it is a
// technology preview in Qt 6.4 and its API changes in 6.8, so the move stays inside one file.
// Requests are answered on the thread that owns the server; nothing about the client (address,
// user agent, headers) is logged or stored.
class StatsServer
{
public:
    // `database` must outlive the server; it may be closed underneath, which /healthz reports.
    // Reports are checked against `registry`; `now` dates remembered report ids (by its UTC day)
    // and times sessions and the rate limit.
    StatsServer(Database &database, MetricRegistry registry, std::function<QDateTime()> now);

    // The areas figures can be asked for, with their regions (from the content's area packs).
    void setAreas(QList<Area> areas) { m_areas = std::move(areas); }

    // What the dashboard calls guides, topics and check-in questions (from the content).
    void setLabelNames(LabelNames names) { m_labelNames = std::move(names); }

    // The most reports one network address may send in a minute before 429 (0: no limit);
    // kDefaultReportsPerMinute until set.
    void setReportsPerMinute(int perMinute);

    // Also answers POST /bench/floor with 204 and does nothing else: the HTTP floor the report
    // benchmark measures against, through the same listener, threads and parser as /v1/reports.
    void addBenchmarkFloor();
    ~StatsServer();
    StatsServer(const StatsServer &) = delete;
    StatsServer &operator=(const StatsServer &) = delete;

    // Starts accepting connections. Returns the port actually bound (port 0 picks a free one), or
    // 0 with *error set, e.g. "cannot listen on 127.0.0.1:8080: address in use".
    quint16 listen(const QHostAddress &address, quint16 port, QString *error);

    // Serves HTTPS with the certificate chain and private key in these PEM files, instead of plain
    // HTTP, and marks session cookies Secure. Call before listen(). False with *error naming the
    // file and what is wrong with it.
    bool useTls(const QString &certificatePath, const QString &keyPath, QString *error);

private:
    QHttpServerResponse healthz(const QHttpServerRequest &request);
    void receiveReport(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void commitWaitingReports();
    QHttpServerResponse login(const QHttpServerRequest &request);
    QHttpServerResponse logout(const QHttpServerRequest &request);
    QHttpServerResponse home(const QHttpServerRequest &request);
    QHttpServerResponse exportCsv(const QString &areaCode, const QHttpServerRequest &request);
    QHttpServerResponse dashboard(const QString &areaCode, const QHttpServerRequest &request);
    QHttpServerResponse summary(const QString &areaCode, const QHttpServerRequest &request);
    QList<Area> areasFor(const Account &account) const;
    // The area an API request asks for, or none with *refusal set: 401 without a session, 404 for
    // an unknown area, 403 for one the account may not see.
    const Area *apiArea(const QString &areaCode, const QHttpServerRequest &request,
                        std::optional<QHttpServerResponse> *refusal);
    QByteArray sessionCookie(const QString &secret, qint64 maxAge) const;

    Database &m_database;
    MetricRegistry m_registry;
    std::function<QDateTime()> m_now;
    AggregateStore m_aggregates;
    SignIn m_signIn;
    SourceRateLimit m_reportLimit;
    QList<Area> m_areas;
    LabelNames m_labelNames;
    QDate m_lastForgotten;
    bool m_secureCookies = false;
    std::optional<QSslConfiguration> m_tls;  // set: HTTPS
    // Reports checked and waiting for the next group commit, each with the connection to answer.
    struct WaitingReport;
    std::vector<std::unique_ptr<WaitingReport>> m_waiting;
    bool m_commitScheduled = false;
    std::unique_ptr<QHttpServer> m_http;
};

} // namespace cg
