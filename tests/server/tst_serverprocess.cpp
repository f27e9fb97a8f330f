// End to end: the built commonground-server binary, run the way an operator or a script runs it.
#include "httpprobe.h"
#include "reportbodies.h"
#include "scratchdatabase.h"
#include "catchqtstrings.h"
#include "server/serverdatabase.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>

namespace {

constexpr int kWaitMs = 5000;

struct ServerProcess {
    QTemporaryDir dir;
    QProcess process;

    QString databasePath() const { return dir.filePath(QStringLiteral("server.sqlite")); }

    void start(const QStringList &arguments)
    {
        process.start(QStringLiteral(CG_SERVER_BINARY), arguments);
        REQUIRE(process.waitForStarted(kWaitMs));
    }

    // Starts `serve` on a free loopback port and returns the port from the first stdout line.
    quint16 serve() { return serve(QStringLiteral("sqlite:") + databasePath()); }

    quint16 serve(const QString &database)
    {
        start({QStringLiteral("serve"), QStringLiteral("--db"), database,
               QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        const QString line = firstLine();
        static const QRegularExpression listening(QStringLiteral("^listening on http://127\\.0\\.0\\.1:(\\d+)$"));
        const auto match = listening.match(line);
        INFO("first line: " << line.toStdString() << "; stderr: " << process.readAllStandardError().toStdString());
        REQUIRE(match.hasMatch());
        const quint16 port = match.captured(1).toUShort();
        REQUIRE(port != 0);
        return port;
    }

    QString firstLine()
    {
        const QDeadlineTimer deadline(kWaitMs);
        while (!process.canReadLine() && !deadline.hasExpired()
               && process.state() == QProcess::Running)
            process.waitForReadyRead(int(deadline.remainingTime()));
        return QString::fromUtf8(process.readLine()).trimmed();
    }

    // Waits for the exit; a process still running after the wait is killed so no test leaks one.
    bool finish()
    {
        if (process.waitForFinished(kWaitMs))
            return true;
        process.kill();
        process.waitForFinished(kWaitMs);
        return false;
    }

    ~ServerProcess()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(kWaitMs);
        }
    }
};

QString url(quint16 port, const char *path)
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(QLatin1String(path));
}

// POSTs every body to every port at once, all in flight together, and returns the statuses.
QList<int> postAllAtOnce(const QList<QByteArray> &bodies, const QList<quint16> &ports)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QList<int> statuses;
    int waiting = 0;
    QEventLoop loop;
    for (const QByteArray &body : bodies) {
        for (quint16 port : ports) {
            QNetworkRequest request(QUrl(url(port, "/v1/reports")));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            QNetworkReply *reply = network.post(request, body);
            ++waiting;
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
                statuses << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                reply->deleteLater();
                if (--waiting == 0)
                    loop.quit();
            });
        }
    }
    QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
    loop.exec();
    return statuses;
}

// POSTs each body to `port`, all in flight together, and kills `server` with SIGKILL after
// `killAfterMs` (never when negative). Returns each body's status, 0 where no answer came.
QList<int> postWhileKilling(const QList<QByteArray> &bodies, quint16 port, QProcess &server, int killAfterMs)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QList<int> statuses(bodies.size(), 0);
    if (bodies.isEmpty())
        return statuses;
    int waiting = int(bodies.size());
    QEventLoop loop;
    for (int i = 0; i < bodies.size(); ++i) {
        QNetworkRequest request(QUrl(url(port, "/v1/reports")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = network.post(request, bodies.at(i));
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, i] {
            statuses[i] = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
            if (--waiting == 0)
                loop.quit();
        });
    }
    if (killAfterMs >= 0)
        QTimer::singleShot(killAfterMs, &server, [&server] { server.kill(); });
    QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
    loop.exec();
    return statuses;
}

struct Counted {
    int seen = 0;       // report ids remembered
    int reports = 0;    // reports per week, summed
    int active = 0;     // app.active, summed
    int viewed = 0;     // service.viewed, summed
};

Counted countedIn(const cg::DatabaseUrl &url)
{
    cg::Database database;
    QString error;
    REQUIRE(cg::openServerDatabase(database, url, &error));
    QSqlQuery query(database.connection());
    const auto number = [&](const QString &sql) {
        REQUIRE(query.exec(sql));
        REQUIRE(query.next());
        return query.value(0).toInt();
    };
    return Counted{number(QStringLiteral("SELECT COUNT(*) FROM seen_reports")),
                   number(QStringLiteral("SELECT COALESCE(SUM(reports), 0) FROM reports_per_week")),
                   number(QStringLiteral("SELECT COALESCE(SUM(total), 0) FROM aggregates WHERE metric = 'app.active'")),
                   number(QStringLiteral("SELECT COALESCE(SUM(total), 0) FROM aggregates WHERE metric = 'service.viewed'"))};
}

} // namespace

TEST_CASE("a server killed while reports arrive counts each whole or not at all, and the phones' retries count each once")
{
    const cg::DatabaseUrl::Engine engine = GENERATE(cg::DatabaseUrl::Engine::Sqlite, cg::DatabaseUrl::Engine::Postgres);
    INFO(engineName(engine));
    ScratchDatabase scratch(engine);
    QList<QByteArray> bodies;
    for (int i = 0; i < 150; ++i)
        bodies << sampleBody(QUuid::createUuid().toString(QUuid::WithoutBraces));
    QList<bool> acknowledged(bodies.size(), false);
    QRandomGenerator random(20261123);
    bool interruptedFirstRound = false;
    // Three rounds killed part-way, as a power cut or an OOM kill would; then one left to finish,
    // as the phones keep retrying what they never heard back about.
    for (int round = 0; round < 4; ++round) {
        INFO("round " << round);
        QList<int> pending;
        QList<QByteArray> pendingBodies;
        for (int i = 0; i < bodies.size(); ++i) {
            if (!acknowledged.at(i)) {
                pending << i;
                pendingBodies << bodies.at(i);
            }
        }
        ServerProcess server;
        const quint16 port = server.serve(scratch.commandLine());
        const QList<int> statuses = postWhileKilling(pendingBodies, port, server.process, round < 3 ? random.bounded(20, 120) : -1);
        for (int p = 0; p < pending.size(); ++p) {
            if (statuses.at(p) == 204)
                acknowledged[pending.at(p)] = true;
            else if (round == 3)
                CHECK(statuses.at(p) == 204);
        }
        server.process.kill();  // also when nothing was left to send, so no round waits for it
        server.process.waitForFinished(kWaitMs);
        const Counted counted = countedIn(scratch.url());
        const int acknowledgedSoFar = int(acknowledged.count(true));
        if (round == 0)
            interruptedFirstRound = acknowledgedSoFar < bodies.size();
        // Nothing half-counted: every remembered report has all its counts, and nothing else does.
        CHECK(counted.reports == counted.seen);
        CHECK(counted.active == counted.seen);
        CHECK(counted.viewed == 3 * counted.seen);
        // Every 204 was durable; a report may be counted whose answer was lost in the kill.
        CHECK(counted.seen >= acknowledgedSoFar);
    }
    CHECK(interruptedFirstRound);  // or the test proved nothing
    CHECK(acknowledged.count(true) == bodies.size());
    CHECK(countedIn(scratch.url()).seen == bodies.size());
}

TEST_CASE("PostgreSQL restarted while reports arrive: the phones are told to come back, and every report is counted once")
{
    // A cluster of this test's own, as restarting the run's shared one would upset other tests.
    QTemporaryDir dir;
    QProcess script;
    script.start(QStringLiteral(CG_TEST_POSTGRES_SCRIPT), {QStringLiteral("start"), dir.path()});
    REQUIRE(script.waitForFinished(60'000));
    INFO(script.readAllStandardError().toStdString());
    REQUIRE(script.exitCode() == 0);
    QFile portFile(dir.filePath(QStringLiteral("port")));
    REQUIRE(portFile.open(QIODevice::ReadOnly));
    const QString database = QStringLiteral("postgres://cg@127.0.0.1:%1/postgres").arg(QString::fromLatin1(portFile.readAll().trimmed()));
    struct StopCluster {
        QString dir;
        ~StopCluster() { QProcess::execute(QStringLiteral(CG_TEST_POSTGRES_SCRIPT), {QStringLiteral("stop"), dir}); }
    } stopCluster{dir.path()};

    ServerProcess server;
    const quint16 port = server.serve(database);
    const auto startedAt = [&] {
        cg::Database direct;
        QString error;
        REQUIRE(cg::openServerDatabase(direct, *cg::parseDatabaseUrl(database, &error), &error));
        QSqlQuery query(direct.connection());
        REQUIRE(query.exec(QStringLiteral("SELECT pg_postmaster_start_time()::text")));
        REQUIRE(query.next());
        return query.value(0).toString();
    };
    const QString before = startedAt();

    QProcess restart;
    int sent = 0;
    int sentDuringRestart = 0;
    int sentAfterRestart = 0;
    int turnedAway = 0;
    const QDeadlineTimer deadline(90'000);
    while (sentAfterRestart < 20 && !deadline.hasExpired()) {
        if (sent == 20)
            restart.start(QStringLiteral(CG_TEST_POSTGRES_SCRIPT), {QStringLiteral("restart"), dir.path()});
        const bool restarting = restart.state() != QProcess::NotRunning;
        const QByteArray body = sampleBody(QUuid::createUuid().toString(QUuid::WithoutBraces));
        // As a phone does: the same report again, a little later, until it is taken.
        int status = 0;
        while ((status = httpPost(url(port, "/v1/reports"), body).status) != 204 && !deadline.hasExpired()) {
            CHECK(status == 503);
            ++turnedAway;
            QThread::msleep(100);
        }
        ++sent;
        sentDuringRestart += restarting ? 1 : 0;
        sentAfterRestart += sent > 20 && !restarting ? 1 : 0;
        QThread::msleep(10);
    }
    restart.waitForFinished(60'000);
    CHECK(restart.exitCode() == 0);
    INFO("sent " << sent << ", during the restart " << sentDuringRestart << ", turned away " << turnedAway << " times");
    CHECK(sentDuringRestart > 0);
    CHECK(startedAt() != before);
    QString error;
    const Counted counted = countedIn(*cg::parseDatabaseUrl(database, &error));
    CHECK(counted.seen == sent);
    CHECK(counted.reports == sent);
    CHECK(counted.viewed == 3 * sent);
    // The server came through the restart by itself.
    CHECK(httpRequest("GET", url(port, "/healthz")).status == 200);
}

TEST_CASE("two servers sharing one PostgreSQL count each report once, even when both get it at the same moment")
{
    using cg::DatabaseUrl;
    ScratchDatabase shared(DatabaseUrl::Engine::Postgres);
    ServerProcess first;
    ServerProcess second;
    const QList<quint16> ports{first.serve(shared.commandLine()), second.serve(shared.commandLine())};

    QList<QByteArray> bodies;
    for (int i = 0; i < 60; ++i)
        bodies << sampleBody(QUuid::createUuid().toString(QUuid::WithoutBraces));
    const QList<int> statuses = postAllAtOnce(bodies, ports);
    CHECK(statuses.size() == 120);
    CHECK(statuses.count(204) == 120);

    cg::Database database;
    QString error;
    REQUIRE(cg::openServerDatabase(database, shared.url(), &error));
    QSqlQuery query(database.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT SUM(reports) FROM reports_per_week")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 60);
    REQUIRE(query.exec(QStringLiteral("SELECT metric, SUM(total) FROM aggregates GROUP BY metric ORDER BY metric")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("app.active"));
    CHECK(query.value(1).toInt() == 60);
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("service.viewed"));
    CHECK(query.value(1).toInt() == 180);
}

TEST_CASE("with --tls-cert and --tls-key the server speaks only HTTPS and its session cookies are Secure")
{
    const QString certificate = QStringLiteral(CG_TEST_FIXTURES "/test-tls.crt");
    const QString key = QStringLiteral(CG_TEST_FIXTURES "/test-tls.key");
    ServerProcess server;
    {
        ServerProcess add;
        add.start({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), QStringLiteral("sqlite:") + server.databasePath(),
                   QStringLiteral("--email"), QStringLiteral("jo@sefton.example"), QStringLiteral("--national"),
                   QStringLiteral("--role"), QStringLiteral("admin")});
        add.process.write("a long enough password\n");
        add.process.closeWriteChannel();
        REQUIRE(add.finish());
        REQUIRE(add.process.exitCode() == 0);
    }
    server.start({QStringLiteral("serve"), QStringLiteral("--db"), QStringLiteral("sqlite:") + server.databasePath(),
                  QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls-cert"), certificate,
                  QStringLiteral("--tls-key"), key});
    const QString line = server.firstLine();
    static const QRegularExpression listening(QStringLiteral("^listening on https://127\\.0\\.0\\.1:(\\d+)$"));
    const auto match = listening.match(line);
    INFO(line.toStdString());
    REQUIRE(match.hasMatch());
    const QString base = QStringLiteral("https://127.0.0.1:") + match.captured(1);

    HttpCall health;
    health.url = base + QStringLiteral("/healthz");
    health.trustedCertificate = certificate;
    CHECK(httpSend(health).status == 200);

    HttpCall signIn;
    signIn.method = "POST";
    signIn.url = base + QStringLiteral("/login");
    signIn.contentType = "application/x-www-form-urlencoded";
    signIn.body = "email=jo%40sefton.example&password=a+long+enough+password";
    signIn.trustedCertificate = certificate;
    const HttpReply signedIn = httpSend(signIn);
    CHECK(signedIn.status == 303);
    CHECK(signedIn.setCookie.endsWith("; Secure"));

    // Plain HTTP on the same port gets no answer.
    HttpCall plain;
    plain.url = QStringLiteral("http://127.0.0.1:") + match.captured(1) + QStringLiteral("/healthz");
    plain.timeoutMs = 3000;
    const HttpReply refused = httpSend(plain);
    CHECK(refused.status == 0);
}

TEST_CASE("TLS files that cannot be used stop the server with the reason")
{
    ServerProcess missing;
    missing.start({QStringLiteral("serve"), QStringLiteral("--db"), QStringLiteral("sqlite:") + missing.databasePath(),
                   QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls-cert"),
                   missing.dir.filePath(QStringLiteral("none.crt")), QStringLiteral("--tls-key"), QStringLiteral(CG_TEST_FIXTURES "/test-tls.key")});
    REQUIRE(missing.finish());
    CHECK(missing.process.exitCode() == 1);
    CHECK(missing.process.readAllStandardError().startsWith("commonground-server: cannot read the TLS certificate "));

    ServerProcess swapped;
    swapped.start({QStringLiteral("serve"), QStringLiteral("--db"), QStringLiteral("sqlite:") + swapped.databasePath(),
                   QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls-cert"),
                   QStringLiteral(CG_TEST_FIXTURES "/test-tls.key"), QStringLiteral("--tls-key"), QStringLiteral(CG_TEST_FIXTURES "/test-tls.crt")});
    REQUIRE(swapped.finish());
    CHECK(swapped.process.exitCode() == 1);
    CHECK(swapped.process.readAllStandardError()
          == QStringLiteral("commonground-server: " CG_TEST_FIXTURES "/test-tls.key holds no PEM certificate\n").toUtf8());
}

TEST_CASE("export writes an area's quarter as CSV to standard output, and refuses an unknown area")
{
    ServerProcess quiet;
    quiet.start({QStringLiteral("export"), QStringLiteral("--db"), QStringLiteral("sqlite:") + quiet.databasePath(),
                 QStringLiteral("--area"), QStringLiteral("E08000014"), QStringLiteral("--quarter"), QStringLiteral("2026-Q4")});
    REQUIRE(quiet.finish());
    CHECK(quiet.process.exitCode() == 0);
    CHECK(quiet.process.readAllStandardOutput()
          == QByteArrayLiteral("area,period,metric,labels,value\n"
                               "E08000014,2026-Q4,app.active,,0\n"
                               "E08000014,2026-Q4,journal.used,,0\n"
                               "E08000014,2026-Q4,safety.helpline_tapped,,0\n"
                               "E08000014,2026-Q4,safety.route_shown,,0\n"));

    ServerProcess unknown;
    unknown.start({QStringLiteral("export"), QStringLiteral("--db"), QStringLiteral("sqlite:") + unknown.databasePath(),
                   QStringLiteral("--area"), QStringLiteral("E09999999"), QStringLiteral("--quarter"), QStringLiteral("2026-Q4")});
    REQUIRE(unknown.finish());
    CHECK(unknown.process.exitCode() == 1);
    CHECK(unknown.process.readAllStandardError() == QByteArrayLiteral("commonground-server: E09999999 is not an area this server knows\n"));
}

TEST_CASE("user add reads the password from standard input and says what it did")
{
    ServerProcess first;
    first.start({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), QStringLiteral("sqlite:") + first.databasePath(),
                 QStringLiteral("--email"), QStringLiteral("Jo@Sefton.example"), QStringLiteral("--area"), QStringLiteral("E08000014"),
                 QStringLiteral("--role"), QStringLiteral("coordinator")});
    first.process.write("a long enough password\n");
    first.process.closeWriteChannel();
    REQUIRE(first.finish());
    CHECK(first.process.exitCode() == 0);
    CHECK(first.process.readAllStandardOutput() == QByteArrayLiteral("added jo@sefton.example (coordinator, sees area E08000014)\n"));

    // The same address again: exit 1, and the reason.
    ServerProcess again;
    again.start({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), QStringLiteral("sqlite:") + first.databasePath(),
                 QStringLiteral("--email"), QStringLiteral("jo@sefton.example"), QStringLiteral("--national"),
                 QStringLiteral("--role"), QStringLiteral("admin")});
    again.process.write("another long password\n");
    again.process.closeWriteChannel();
    REQUIRE(again.finish());
    CHECK(again.process.exitCode() == 1);
    CHECK(again.process.readAllStandardError()
          == QByteArrayLiteral("commonground-server: jo@sefton.example already has an account; nothing was changed\n"));
}

TEST_CASE("the server answers /healthz and stops cleanly on SIGTERM")
{
    ServerProcess server;
    const quint16 port = server.serve();

    const HttpReply reply = httpRequest("GET", url(port, "/healthz"));
    REQUIRE(reply.finished);
    CHECK(reply.status == 200);
    CHECK(reply.contentType == QByteArrayLiteral("application/json"));
    const QJsonObject body = reply.json();
    CHECK(body.value(QStringLiteral("status")).toString() == QStringLiteral("ok"));
    CHECK(body.value(QStringLiteral("database")).toString() == QStringLiteral("ok"));
    CHECK(body.value(QStringLiteral("schema")).toInt() >= 1);

    server.process.terminate();  // SIGTERM on Unix
    REQUIRE(server.finish());
    CHECK(server.process.exitStatus() == QProcess::NormalExit);
    CHECK(server.process.exitCode() == 0);
    CHECK(server.process.readAllStandardError().isEmpty());
    CHECK(server.process.readAllStandardOutput().isEmpty());  // exactly one line was printed
    // SQLite removes the write-ahead log when the last connection closes: proof that the database
    // was closed rather than abandoned.
    CHECK(QFile::exists(server.databasePath()));
    CHECK_FALSE(QFile::exists(server.databasePath() + QStringLiteral("-wal")));
}

TEST_CASE("no client address or User-Agent reaches the log, even with Qt's logging switched on")
{
    ServerProcess server;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("qt.*=true"));
    server.process.setProcessEnvironment(environment);
    const quint16 port = server.serve();

    const QByteArray userAgent = QByteArrayLiteral("cg-privacy-probe/1.0");
    REQUIRE(httpRequest("GET", url(port, "/healthz"), kWaitMs, userAgent).status == 200);
    REQUIRE(httpRequest("GET", url(port, "/missing"), kWaitMs, userAgent).status == 404);
    server.process.terminate();
    REQUIRE(server.finish());
    CHECK(server.process.exitCode() == 0);
    const QByteArray log = server.process.readAllStandardError();
    CHECK_FALSE(log.contains(userAgent));
    CHECK_FALSE(log.contains("127.0.0.1"));
}

TEST_CASE("the server stops cleanly on SIGINT too")
{
    ServerProcess server;
    server.serve();
    REQUIRE(::kill(pid_t(server.process.processId()), SIGINT) == 0);
    REQUIRE(server.finish());
    CHECK(server.process.exitStatus() == QProcess::NormalExit);
    CHECK(server.process.exitCode() == 0);
    CHECK_FALSE(QFile::exists(server.databasePath() + QStringLiteral("-wal")));
}

TEST_CASE("a garbled --listen exits 2 with one clear message")
{
    ServerProcess server;
    server.start({QStringLiteral("serve"), QStringLiteral("--db"), QStringLiteral("sqlite:") + server.databasePath(),
                  QStringLiteral("--listen"), QStringLiteral("8080")});
    REQUIRE(server.finish());
    CHECK(server.process.exitCode() == 2);
    CHECK(server.process.readAllStandardError()
          == QByteArrayLiteral("commonground-server: --listen must be HOST:PORT, for example 127.0.0.1:8080\n"));
    CHECK(server.process.readAllStandardOutput().isEmpty());
    CHECK_FALSE(QFile::exists(server.databasePath()));  // refused before touching anything
}

TEST_CASE("an unknown subcommand and an unsupported database exit 2")
{
    ServerProcess unknown;
    unknown.start({QStringLiteral("start")});
    REQUIRE(unknown.finish());
    CHECK(unknown.process.exitCode() == 2);
    CHECK(unknown.process.readAllStandardError()
          == QByteArrayLiteral("commonground-server: unknown command 'start': the commands are 'serve', 'user add' and 'export' (see --help)\n"));

    ServerProcess mysql;
    mysql.start({QStringLiteral("serve"), QStringLiteral("--db"), QStringLiteral("mysql://db/cg")});
    REQUIRE(mysql.finish());
    CHECK(mysql.process.exitCode() == 2);
    CHECK(mysql.process.readAllStandardError()
          == QByteArrayLiteral("commonground-server: unsupported database 'mysql:': use sqlite:PATH or postgres://USER@HOST/DATABASE\n"));
}

TEST_CASE("a database that cannot be opened exits 1 naming the path")
{
    ServerProcess server;
    const QString path = server.dir.filePath(QStringLiteral("missing-folder/server.sqlite"));
    server.start({QStringLiteral("serve"), QStringLiteral("--db"), QStringLiteral("sqlite:") + path,
                  QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    REQUIRE(server.finish());
    CHECK(server.process.exitCode() == 1);
    const QString stderrText = QString::fromUtf8(server.process.readAllStandardError());
    CHECK(stderrText.startsWith(QStringLiteral("commonground-server: cannot open ") + path + QStringLiteral(": ")));
    CHECK(stderrText.count(QLatin1Char('\n')) == 1);
    CHECK(server.process.readAllStandardOutput().isEmpty());
}

TEST_CASE("a content folder without a readable metric registry exits 1 before listening")
{
    ServerProcess server;
    server.start({QStringLiteral("serve"), QStringLiteral("--db"), QStringLiteral("sqlite:") + server.databasePath(),
                  QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--content"), server.dir.path()});
    REQUIRE(server.finish());
    CHECK(server.process.exitCode() == 1);
    const QString stderrText = QString::fromUtf8(server.process.readAllStandardError());
    CHECK(stderrText.endsWith(QStringLiteral("commonground-server: cannot read the metric registry in %1\n").arg(server.dir.path())));
    CHECK(server.process.readAllStandardOutput().isEmpty());
}

TEST_CASE("a port in use exits 1 naming the address")
{
    QTcpServer occupant;
    REQUIRE(occupant.listen(QHostAddress(QHostAddress::LocalHost), 0));
    ServerProcess server;
    server.start({QStringLiteral("serve"), QStringLiteral("--db"), QStringLiteral("sqlite:") + server.databasePath(),
                  QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(occupant.serverPort())});
    REQUIRE(server.finish());
    CHECK(server.process.exitCode() == 1);
    CHECK(server.process.readAllStandardError()
          == QStringLiteral("commonground-server: cannot listen on 127.0.0.1:%1: address in use\n")
                 .arg(occupant.serverPort()).toUtf8());
}

TEST_CASE("--help and --version print to stdout and exit 0")
{
    ServerProcess help;
    help.start({QStringLiteral("--help")});
    REQUIRE(help.finish());
    CHECK(help.process.exitCode() == 0);
    CHECK(help.process.readAllStandardOutput().startsWith("Usage: commonground-server serve"));

    ServerProcess version;
    version.start({QStringLiteral("--version")});
    REQUIRE(version.finish());
    CHECK(version.process.exitCode() == 0);
    CHECK(version.process.readAllStandardOutput().startsWith("commonground-server "));
}
