#include "server/statsserver.h"

#include "server/areaaccess.h"
#include "server/areafigures.h"
#include "server/dashboardpage.h"
#include "server/summaryjson.h"
#include "server/htmlpage.h"
#include "server/quarterexport.h"
#include "core/isoweek.h"
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
#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

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

// Figures for one area are not for a shared computer's cache, or for anyone else's page to frame.
void keepPrivate(QHttpServerResponse &response)
{
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    response.setHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    response.setHeader(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
}

QHttpServerResponse htmlResponse(const QByteArray &page, Status status = Status::Ok)
{
    QHttpServerResponse response(QByteArrayLiteral("text/html; charset=utf-8"), page, status);
    keepPrivate(response);
    // The pages need nothing but their own inline styles and forms: anything else a browser is
    // asked to run or fetch (an injected script, say) is refused.
    response.setHeader(QByteArrayLiteral("Content-Security-Policy"),
                       QByteArrayLiteral("default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; "
                                         "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"));
    return response;
}

QHttpServerResponse seeOther(const QByteArray &location)
{
    QHttpServerResponse response(Status::SeeOther);
    response.setHeader(QByteArrayLiteral("Location"), location);
    return response;
}

constexpr auto kSessionCookie = QByteArrayView("cg_session");

// The most reports stored in one group commit: enough to share one flush among many phones, few
// enough that none waits long for the others.
constexpr std::size_t kLargestGroupCommit = 256;

// The dashboard opens on the last quarter-year of whole weeks, and offers two years of quarters
// to download.
constexpr int kDashboardWeeks = 13;
constexpr int kDownloadQuarters = 8;

// The session cookie's secret from a request's Cookie header, or empty.
QString sessionSecret(const QHttpServerRequest &request)
{
    for (const QByteArray &cookie : request.value(QByteArrayLiteral("Cookie")).split(';')) {
        const QByteArray trimmed = cookie.trimmed();
        if (trimmed.startsWith(kSessionCookie) && trimmed.mid(kSessionCookie.size()).startsWith('='))
            return QString::fromLatin1(trimmed.mid(kSessionCookie.size() + 1));
    }
    return {};
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

StatsServer::StatsServer(Database &database, MetricRegistry registry, std::function<QDateTime()> now)
    : m_database(database)
    , m_registry(std::move(registry))
    , m_now(std::move(now))
    , m_aggregates(database.connection())
    , m_signIn(database.connection(), [this] { return m_now().toSecsSinceEpoch(); })
    , m_reportLimit(kDefaultReportsPerMinute, [this] { return m_now().toMSecsSinceEpoch(); })
    , m_http(std::make_unique<QHttpServer>())
{
    keepClientDetailsOutOfLogs();
    // Registered for every method so that a wrong method gets 405 rather than the 404 an
    // unmatched route would give.
    m_http->route(QStringLiteral("/healthz"),
                  [this](const QHttpServerRequest &request) { return healthz(request); });
    m_http->route(QStringLiteral("/v1/reports"), [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        receiveReport(request, std::move(responder));
    });
    m_http->route(QStringLiteral("/login"), [this](const QHttpServerRequest &request) { return login(request); });
    m_http->route(QStringLiteral("/logout"), [this](const QHttpServerRequest &request) { return logout(request); });
    m_http->route(QStringLiteral("/"), [this](const QHttpServerRequest &request) { return home(request); });
    m_http->route(QStringLiteral("/areas/<arg>"),
                  [this](const QString &areaCode, const QHttpServerRequest &request) { return dashboard(areaCode, request); });
    m_http->route(QStringLiteral("/api/v1/areas/<arg>/summary"),
                  [this](const QString &areaCode, const QHttpServerRequest &request) { return summary(areaCode, request); });
    m_http->route(QStringLiteral("/api/v1/areas/<arg>/export.csv"),
                  [this](const QString &areaCode, const QHttpServerRequest &request) { return exportCsv(areaCode, request); });
    // Qt's default answer is an empty 404 (and a debug line with the path); clients of a JSON
    // API get JSON.
    m_http->setMissingHandler([](const QHttpServerRequest &, QHttpServerResponder &&responder) {
        jsonError(QStringLiteral("not found"), Status::NotFound).write(std::move(responder));
    });
}

struct StatsServer::WaitingReport {
    AcceptedReport report;
    QHttpServerResponder responder;
    QPointer<QTcpSocket> connection;  // gone when the phone hung up while the report waited
};

StatsServer::~StatsServer()
{
    // Reports still waiting are stored and answered before the connections close.
    commitWaitingReports();
}

bool StatsServer::useTls(const QString &certificatePath, const QString &keyPath, QString *error)
{
    QFile certificateFile(certificatePath);
    if (!certificateFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the TLS certificate %1: %2").arg(certificatePath, certificateFile.errorString());
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificateFile.readAll(), QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull()) {
        *error = QStringLiteral("%1 holds no PEM certificate").arg(certificatePath);
        return false;
    }
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the TLS key %1: %2").arg(keyPath, keyFile.errorString());
        return false;
    }
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull()) {
        *error = QStringLiteral("%1 holds no unencrypted PEM private key (EC or RSA)").arg(keyPath);
        return false;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    m_tls = tls;
    m_secureCookies = true;
    return true;
}

quint16 StatsServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    // Our own QTcpServer rather than QHttpServer::listen(), which reports failure only as a log
    // line; this way the caller gets the reason.
    // QHttpServer's own sslSetup() is not applied to a server handed to bind() in Qt 6.4, so TLS
    // comes from binding a QSslServer, which hands over connections once their handshake is done.
    std::unique_ptr<QTcpServer> tcp;
    if (m_tls) {
        auto ssl = std::make_unique<QSslServer>();
        ssl->setSslConfiguration(*m_tls);
        tcp = std::move(ssl);
    } else {
        tcp = std::make_unique<QTcpServer>();
    }
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

void StatsServer::addBenchmarkFloor()
{
    m_http->route(QStringLiteral("/bench/floor"), [](const QHttpServerRequest &request) {
        if (request.method() != QHttpServerRequest::Method::Post)
            return methodNotAllowed(QByteArrayLiteral("POST"));
        return QHttpServerResponse(Status::NoContent);
    });
}

void StatsServer::setReportsPerMinute(int perMinute)
{
    m_reportLimit = SourceRateLimit(perMinute, [this] { return m_now().toMSecsSinceEpoch(); });
}

void StatsServer::receiveReport(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const auto answer = [&responder](const QHttpServerResponse &response) { response.write(std::move(responder)); };
    if (request.method() != QHttpServerRequest::Method::Post)
        return answer(methodNotAllowed(QByteArrayLiteral("POST")));
    if (const std::optional<int> wait = m_reportLimit.admit(request.remoteAddress())) {
        QHttpServerResponse response(QJsonObject{{QStringLiteral("error"), QStringLiteral("too_many_requests")},
                                                 {QStringLiteral("detail"), QStringLiteral("too many reports from one address; try again later")}},
                                     Status::TooManyRequests);
        response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(*wait));
        return answer(response);
    }
    auto read = readReport(request.value(QByteArrayLiteral("Content-Type")), request.body(), m_registry);
    if (const auto *refusal = std::get_if<IntakeRefusal>(&read)) {
        return answer(QHttpServerResponse(QJsonObject{{QStringLiteral("error"), refusal->error},
                                                      {QStringLiteral("detail"), refusal->detail}},
                                          static_cast<Status>(refusal->status)));
    }
    // Group commit: the report waits, with its connection, until the reports that arrived in this
    // turn of the event loop are stored in one transaction, one flush to disk for them all; only
    // then is each answered. So every 204 still follows a durable commit.
    QPointer<QTcpSocket> connection(responder.socket());
    m_waiting.push_back(std::make_unique<WaitingReport>(
        WaitingReport{std::move(std::get<AcceptedReport>(read)), std::move(responder), connection}));
    if (m_waiting.size() >= kLargestGroupCommit) {
        commitWaitingReports();
    } else if (!m_commitScheduled) {
        m_commitScheduled = true;
        QTimer::singleShot(0, m_http.get(), [this] { commitWaitingReports(); });
    }
}

void StatsServer::commitWaitingReports()
{
    m_commitScheduled = false;
    if (m_waiting.empty())
        return;
    std::vector<std::unique_ptr<WaitingReport>> waiting;
    waiting.swap(m_waiting);
    QList<AcceptedReport> reports;
    reports.reserve(qsizetype(waiting.size()));
    for (const auto &each : waiting)
        reports << each->report;
    const QDate today = m_now().toUTC().date();
    // Old ids are forgotten once a day, before the first reports of the day.
    if (today != m_lastForgotten && m_aggregates.forgetIdsOlderThan(today, kSeenReportDays))
        m_lastForgotten = today;
    QList<AggregateStore::Outcome> outcomes = m_aggregates.addAll(reports, today);
    const auto failed = [&outcomes] { return outcomes.first() == AggregateStore::Outcome::Failed; };
    // A connection lost under us (PostgreSQL restarted) is opened again, once, before the phones
    // are asked to come back later. Nothing was counted by the failed try: it was one transaction.
    // An SQLite file has no connection to lose: a failure there (a full disk) is not mended by
    // opening it again.
    if (failed() && m_database.connection().driverName() == QStringLiteral("QPSQL") && m_database.reconnect())
        outcomes = m_aggregates.addAll(reports, today);
    if (failed())
        qWarning("commonground-server: %lld report(s) could not be stored: %s", qlonglong(reports.size()),
                 qPrintable(m_aggregates.lastError()));
    for (std::size_t i = 0; i < waiting.size(); ++i) {
        if (!waiting[i]->connection)
            continue;  // the phone hung up; it will send the report again
        // Accepted now or before: either way the phone may forget it. Otherwise it is not lost:
        // the phone keeps it and tries again later.
        if (outcomes.at(qsizetype(i)) != AggregateStore::Outcome::Failed) {
            QHttpServerResponse(Status::NoContent).write(std::move(waiting[i]->responder));
        } else {
            QHttpServerResponse response = jsonError(QStringLiteral("unavailable"), Status::ServiceUnavailable);
            response.setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("60"));
            response.write(std::move(waiting[i]->responder));
        }
    }
}

QByteArray StatsServer::sessionCookie(const QString &secret, qint64 maxAge) const
{
    // HttpOnly: no script can read it; SameSite=Strict: no other site's page can send it along.
    QByteArray cookie = kSessionCookie.toByteArray() + '=' + secret.toLatin1()
        + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + QByteArray::number(maxAge);
    if (m_secureCookies)
        cookie += "; Secure";
    return cookie;
}

QHttpServerResponse StatsServer::login(const QHttpServerRequest &request)
{
    if (request.method() == QHttpServerRequest::Method::Get)
        return htmlResponse(signInPage({}, {}));
    if (request.method() != QHttpServerRequest::Method::Post)
        return methodNotAllowed(QByteArrayLiteral("GET, POST"));
    const QByteArray type = request.value(QByteArrayLiteral("Content-Type")).split(';').first().trimmed().toLower();
    if (type != QByteArrayLiteral("application/x-www-form-urlencoded") || request.body().size() > 4096)
        return htmlResponse(signInPage(QStringLiteral("Please sign in with the form below."), {}), Status::BadRequest);
    // Form fields arrive with "+" for spaces, which QUrlQuery leaves alone.
    const QUrlQuery form(QString::fromUtf8(QByteArray(request.body()).replace('+', ' ')));
    const QString email = form.queryItemValue(QStringLiteral("email"), QUrl::FullyDecoded);
    const QString password = form.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded);
    const SignIn::Attempt attempt = m_signIn.signIn(email, password);
    switch (attempt.outcome) {
    case SignIn::Attempt::Outcome::SignedIn: {
        QHttpServerResponse response = seeOther(QByteArrayLiteral("/"));
        response.setHeader(QByteArrayLiteral("Set-Cookie"), sessionCookie(attempt.secret, SignIn::kSessionSeconds));
        return response;
    }
    case SignIn::Attempt::Outcome::WrongDetails:
        // Never which of the two was wrong: that would tell a guesser which addresses exist.
        return htmlResponse(signInPage(QStringLiteral("That e-mail address and password do not match an account. "
                                                      "Check both and try again."),
                                       email),
                            Status::Unauthorized);
    case SignIn::Attempt::Outcome::TooManyTries: {
        const qint64 minutes = (attempt.retryAfter + 59) / 60;
        QHttpServerResponse response = htmlResponse(
            signInPage(QStringLiteral("Too many tries for this address. Please wait %1 minute%2 and try again.")
                           .arg(minutes)
                           .arg(minutes == 1 ? QString() : QStringLiteral("s")),
                       email),
            Status::TooManyRequests);
        response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(attempt.retryAfter));
        return response;
    }
    case SignIn::Attempt::Outcome::Unavailable:
        break;
    }
    return htmlResponse(signInPage(QStringLiteral("Signing in is not working just now. Please try again in a few minutes."),
                                   email),
                        Status::ServiceUnavailable);
}

QHttpServerResponse StatsServer::logout(const QHttpServerRequest &request)
{
    if (request.method() != QHttpServerRequest::Method::Post)
        return methodNotAllowed(QByteArrayLiteral("POST"));
    const QString secret = sessionSecret(request);
    if (!secret.isEmpty())
        m_signIn.signOut(secret);
    QHttpServerResponse response = seeOther(QByteArrayLiteral("/login"));
    response.setHeader(QByteArrayLiteral("Set-Cookie"), sessionCookie(QString(), 0));
    return response;
}

QList<Area> StatsServer::areasFor(const Account &account) const
{
    QList<Area> visible;
    for (const Area &area : m_areas) {
        if (maySee(account, area))
            visible << area;
    }
    return visible;
}

QHttpServerResponse StatsServer::home(const QHttpServerRequest &request)
{
    if (request.method() != QHttpServerRequest::Method::Get)
        return methodNotAllowed(QByteArrayLiteral("GET"));
    const std::optional<Account> account = m_signIn.accountFor(sessionSecret(request));
    if (!account)
        return seeOther(QByteArrayLiteral("/login"));
    const QList<Area> visible = areasFor(*account);
    // A coordinator has one area: straight to it.
    if (visible.size() == 1)
        return seeOther(QByteArrayLiteral("/areas/") + visible.first().code.toLatin1());
    return htmlResponse(areaChoicePage(account->email, visible));
}

const Area *StatsServer::apiArea(const QString &areaCode, const QHttpServerRequest &request,
                                 std::optional<QHttpServerResponse> *refusal)
{
    const std::optional<Account> account = m_signIn.accountFor(sessionSecret(request));
    const Area *area = findArea(m_areas, areaCode);
    if (!account)
        refusal->emplace(jsonError(QStringLiteral("sign in first"), Status::Unauthorized));
    else if (!area)
        refusal->emplace(jsonError(QStringLiteral("no such area"), Status::NotFound));
    else if (!maySee(*account, *area))
        refusal->emplace(jsonError(QStringLiteral("this account may not see that area"), Status::Forbidden));
    return *refusal ? nullptr : area;
}

QHttpServerResponse StatsServer::exportCsv(const QString &areaCode, const QHttpServerRequest &request)
{
    if (request.method() != QHttpServerRequest::Method::Get)
        return methodNotAllowed(QByteArrayLiteral("GET"));
    std::optional<QHttpServerResponse> refusal;
    const Area *area = apiArea(areaCode, request, &refusal);
    if (!area)
        return std::move(*refusal);
    const QString quarter = request.query().queryItemValue(QStringLiteral("quarter"));
    const QuarterExport exported = exportQuarter(m_database.connection(), m_registry, area->code, quarter);
    if (!exported.error.isEmpty()) {
        return jsonError(exported.error, isoWeeksOfQuarter(quarter) ? Status::ServiceUnavailable : Status::BadRequest);
    }
    QHttpServerResponse response(QByteArrayLiteral("text/csv; charset=utf-8"), exported.csv);
    keepPrivate(response);
    response.setHeader(QByteArrayLiteral("Content-Disposition"),
                       QStringLiteral("attachment; filename=\"commonground-%1-%2.csv\"").arg(area->code, quarter).toLatin1());
    return response;
}

QHttpServerResponse StatsServer::dashboard(const QString &areaCode, const QHttpServerRequest &request)
{
    if (request.method() != QHttpServerRequest::Method::Get)
        return methodNotAllowed(QByteArrayLiteral("GET"));
    const std::optional<Account> account = m_signIn.accountFor(sessionSecret(request));
    if (!account)
        return seeOther(QByteArrayLiteral("/login"));
    const Area *area = findArea(m_areas, areaCode);
    if (!area || !maySee(*account, *area)) {
        // The same answer for an area that does not exist and one that is not theirs.
        return htmlResponse(htmlPage(QStringLiteral("Not available"),
                                     QStringLiteral("<h1>Not available</h1><p>This account cannot see figures for that area. "
                                                    "<a href=\"/\">Go to your areas</a>.</p>")),
                            Status::NotFound);
    }
    const QUrlQuery query = request.query();
    const QString from = query.queryItemValue(QStringLiteral("from"));
    const QString to = query.queryItemValue(QStringLiteral("to"));
    const QString by = query.queryItemValue(QStringLiteral("by"));
    const QDate today = m_now().toUTC().date();
    QString error;
    std::optional<ReportPeriod> period = from.isEmpty() && to.isEmpty() ? recentWeeks(today, kDashboardWeeks)
                                                                        : reportPeriod(from, to, &error);
    if (!period || (!by.isEmpty() && by != QStringLiteral("week") && by != QStringLiteral("month"))) {
        if (error.isEmpty())
            error = QStringLiteral("trends can be shown by week or by month");
        return htmlResponse(htmlPage(QStringLiteral("Check the weeks"),
                                     QStringLiteral("<h1>Check the weeks</h1><p class=\"message\" role=\"alert\">%1.</p>"
                                                    "<p><a href=\"/areas/%2\">Show the last %3 weeks</a></p>")
                                         .arg(htmlEscaped(error.left(1).toUpper() + error.mid(1)), htmlEscaped(area->code))
                                         .arg(kDashboardWeeks)),
                            Status::BadRequest);
    }
    DashboardView view;
    view.email = account->email;
    view.area = *area;
    view.period = *period;
    view.byMonth = by == QStringLiteral("month");
    view.figures = areaFigures(m_database.connection(), m_registry, m_areas, *area, *period);
    if (!view.figures.error.isEmpty()) {
        qWarning("commonground-server: the dashboard could not read the figures: %s", qPrintable(view.figures.error));
        return htmlResponse(htmlPage(QStringLiteral("Not working just now"),
                                     QStringLiteral("<h1>Not working just now</h1><p>The figures cannot be read at the moment. "
                                                    "Please try again in a few minutes.</p>")),
                            Status::ServiceUnavailable);
    }
    view.names = m_labelNames;
    for (const Area &other : areasFor(*account)) {
        if (other.code != area->code)
            view.otherAreas << other;
    }
    view.quarters = recentQuarters(today, kDownloadQuarters);
    return htmlResponse(dashboardPage(view));
}

QHttpServerResponse StatsServer::summary(const QString &areaCode, const QHttpServerRequest &request)
{
    if (request.method() != QHttpServerRequest::Method::Get)
        return methodNotAllowed(QByteArrayLiteral("GET"));
    std::optional<QHttpServerResponse> refusal;
    const Area *area = apiArea(areaCode, request, &refusal);
    if (!area)
        return std::move(*refusal);
    const QUrlQuery query = request.query();
    QString error;
    const std::optional<ReportPeriod> period =
        reportPeriod(query.queryItemValue(QStringLiteral("from")), query.queryItemValue(QStringLiteral("to")), &error);
    if (!period)
        return jsonError(error, Status::BadRequest);
    const AreaFigures figures = areaFigures(m_database.connection(), m_registry, m_areas, *area, *period);
    if (!figures.error.isEmpty()) {
        qWarning("commonground-server: the summary could not read the figures: %s", qPrintable(figures.error));
        return jsonError(QStringLiteral("unavailable"), Status::ServiceUnavailable);
    }
    QHttpServerResponse response(summaryJson(*area, *period, figures));
    keepPrivate(response);
    return response;
}

} // namespace cg
