#include "server/statsserver.h"

#include "server/listenaddress.h"
#include "server/reportintake.h"
#include "server/requestlogprivacy.h"
#include "storage/database.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>

namespace cg {

namespace {

using Status = QHttpServerResponse::StatusCode;

QHttpServerResponse jsonError(const QString &message, Status status)
{
    return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), message}}, status);
}

QHttpServerResponse methodNotAllowed(const QByteArray &allowed)
{
    QHttpServerResponse response = jsonError(QStringLiteral("method not allowed"), Status::MethodNotAllowed);
    response.setHeader(QByteArrayLiteral("Allow"), allowed);
    return response;
}

// Why a bind failed, in the words an operator would search for.
QString listenFailure(const QTcpServer &tcp)
{
    switch (tcp.serverError()) {
    case QAbstractSocket::AddressInUseError:
        return QStringLiteral("address in use");
    case QAbstractSocket::SocketAccessError:
        return QStringLiteral("permission denied");
    case QAbstractSocket::SocketAddressNotAvailableError:
        return QStringLiteral("address not available on this machine");
    default:
        return tcp.errorString();
    }
}

} // namespace

StatsServer::StatsServer(Database &database, MetricRegistry registry, std::function<QDate()> today)
    : m_database(database)
    , m_registry(std::move(registry))
    , m_today(std::move(today))
    , m_aggregates(database.connection())
    , m_http(std::make_unique<QHttpServer>())
{
    keepClientDetailsOutOfLogs();
    // Registered for every method so that a wrong method gets 405 rather than the 404 an
    // unmatched route would give.
    m_http->route(QStringLiteral("/healthz"),
                  [this](const QHttpServerRequest &request) { return healthz(request); });
    m_http->route(QStringLiteral("/v1/reports"),
                  [this](const QHttpServerRequest &request) { return receiveReport(request); });
    // Qt's default answer is an empty 404 (and a debug line with the path); clients of a JSON
    // API get JSON.
    m_http->setMissingHandler([](const QHttpServerRequest &, QHttpServerResponder &&responder) {
        jsonError(QStringLiteral("not found"), Status::NotFound).write(std::move(responder));
    });
}

StatsServer::~StatsServer() = default;

quint16 StatsServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    // Our own QTcpServer rather than QHttpServer::listen(), which reports failure only as a log
    // line; this way the caller gets the reason.
    auto tcp = std::make_unique<QTcpServer>();
    if (!tcp->listen(address, port)) {
        *error = QStringLiteral("cannot listen on %1: %2")
                     .arg(formatHostPort(address, port), listenFailure(*tcp));
        return 0;
    }
    const quint16 bound = tcp->serverPort();
    m_http->bind(tcp.release());  // QHttpServer takes ownership
    return bound;
}

QHttpServerResponse StatsServer::healthz(const QHttpServerRequest &request)
{
    if (request.method() != QHttpServerRequest::Method::Get)
        return methodNotAllowed(QByteArrayLiteral("GET"));

    // A load balancer takes an instance out of rotation on 503, so answer ok only after the
    // database has really answered a query.
    QString problem;
    if (!m_database.connection().isOpen()) {
        problem = QStringLiteral("closed");
    } else {
        QSqlQuery probe(m_database.connection());
        if (!probe.exec(QStringLiteral("SELECT 1"))) {
            problem = probe.lastError().text().trimmed();
            if (problem.isEmpty())
                problem = QStringLiteral("query failed");
        } else if (!probe.next() || probe.value(0).toInt() != 1) {
            problem = QStringLiteral("unexpected answer to SELECT 1");
        }
    }
    if (!problem.isEmpty()) {
        return QHttpServerResponse(QJsonObject{{QStringLiteral("status"), QStringLiteral("unavailable")},
                                               {QStringLiteral("database"), problem}},
                                   Status::ServiceUnavailable);
    }
    return QHttpServerResponse(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                           {QStringLiteral("database"), QStringLiteral("ok")},
                                           {QStringLiteral("schema"), m_database.schemaVersion()}});
}

QHttpServerResponse StatsServer::receiveReport(const QHttpServerRequest &request)
{
    if (request.method() != QHttpServerRequest::Method::Post)
        return methodNotAllowed(QByteArrayLiteral("POST"));
    const auto read = readReport(request.value(QByteArrayLiteral("Content-Type")), request.body(), m_registry);
    if (const auto *refusal = std::get_if<IntakeRefusal>(&read)) {
        return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), refusal->error},
                                               {QStringLiteral("detail"), refusal->detail}},
                                   static_cast<Status>(refusal->status));
    }
    const QDate today = m_today();
    // Old ids are forgotten once a day, on the first report of the day.
    if (today != m_lastForgotten && m_aggregates.forgetIdsOlderThan(today, kSeenReportDays))
        m_lastForgotten = today;
    const AcceptedReport &report = std::get<AcceptedReport>(read);
    AggregateStore::Outcome outcome = m_aggregates.add(report, today);
    // A connection lost under us (PostgreSQL restarted) is opened again, once, before the phone
    // is asked to come back later. Nothing was counted by the failed try: it was one transaction.
    if (outcome == AggregateStore::Outcome::Failed && m_database.reconnect())
        outcome = m_aggregates.add(report, today);
    // Accepted now or before: either way the phone may forget it.
    if (outcome != AggregateStore::Outcome::Failed)
        return QHttpServerResponse(Status::NoContent);
    // The report is not lost: the phone keeps it and tries again later.
    qWarning("commonground-server: a report could not be stored: %s", qPrintable(m_aggregates.lastError()));
    QHttpServerResponse response = jsonError(QStringLiteral("unavailable"), Status::ServiceUnavailable);
    response.setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("60"));
    return response;
}

} // namespace cg
