#include "loadclient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkProxy>
#include <QTcpSocket>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace {

constexpr int kConnectMs = 5000;
constexpr qint64 kStallMs = 30000;

struct Response {
    int status = 0;
    QByteArray body;
};

// Takes one whole response off the front of `buffer`; nothing while it is still incomplete.
// Sets *error for what this client does not read: chunked bodies, and a server closing the
// connection (the benchmark is about keep-alive connections, so that is a finding, not a case
// to handle).
std::optional<Response> takeResponse(QByteArray &buffer, QString *error)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return std::nullopt;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    Response response;
    bool numeric = false;
    if (statusLine.size() >= 2 && statusLine.first().startsWith("HTTP/1."))
        response.status = statusLine.at(1).toInt(&numeric);
    if (!numeric) {
        *error = QStringLiteral("not an HTTP/1.x status line: %1").arg(QString::fromLatin1(lines.first().trimmed()));
        return std::nullopt;
    }
    qsizetype length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed().toLower();
        if (name == "content-length") {
            length = value.toLongLong();
        } else if (name == "transfer-encoding" && value != "identity") {
            *error = QStringLiteral("the server sent a %1 body, which this client does not read").arg(QString::fromLatin1(value));
            return std::nullopt;
        } else if (name == "connection" && value == "close") {
            *error = QStringLiteral("the server answered with Connection: close (status %1)").arg(response.status);
            return std::nullopt;
        }
    }
    // These never carry a body, whatever the headers say (RFC 9112, 6.3).
    if (response.status == 204 || response.status == 304 || response.status / 100 == 1)
        length = 0;
    if (buffer.size() < headEnd + 4 + length)
        return std::nullopt;
    response.body = buffer.mid(headEnd + 4, length);
    buffer.remove(0, headEnd + 4 + length);
    return response;
}

QByteArray request(const QByteArray &method, const QByteArray &path, quint16 port, const QByteArray &body)
{
    QByteArray bytes = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\n";
    if (method == "POST") {
        bytes += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    return bytes + "\r\n" + body;
}

class LoadRun
{
public:
    LoadRun(quint16 port, const QByteArray &path, const QList<QByteArray> &bodies, int expectedStatus)
        : m_port(port)
        , m_expected(expectedStatus)
    {
        m_requests.reserve(bodies.size());
        for (const QByteArray &body : bodies)
            m_requests << request("POST", path, port, body);
        m_result.latencyMs.reserve(bodies.size());
    }

    ~LoadRun()
    {
        // No callbacks into a half-destroyed run while the sockets go.
        for (const auto &connection : m_connections) {
            connection->socket.disconnect();
            connection->socket.abort();
        }
    }

    LoadRun(const LoadRun &) = delete;
    LoadRun &operator=(const LoadRun &) = delete;

    LoadResult run(int connectionCount)
    {
        for (int i = 0; i < connectionCount; ++i) {
            if (!open())
                return m_result;
        }
        // Warm-up, untimed: one GET /healthz on each connection.
        m_warming = true;
        m_warmPending = m_connections.size();
        m_clock.start();
        for (const auto &connection : m_connections)
            send(*connection, request("GET", "/healthz", m_port, {}));
        if (!waitUntil([this] { return m_warmPending == 0; }))
            return m_result;

        m_warming = false;
        m_clock.restart();
        for (const auto &connection : m_connections)
            sendNext(*connection);
        if (!waitUntil([this] { return m_result.answered == m_requests.size(); }))
            return m_result;
        m_result.seconds = double(m_lastAnswerNs) / 1e9;
        return m_result;
    }

private:
    struct Connection {
        QTcpSocket socket;
        QByteArray buffer;
        qint64 sentAtNs = 0;
        bool inFlight = false;
    };

    bool open()
    {
        auto connection = std::make_unique<Connection>();
        QTcpSocket &socket = connection->socket;
        socket.setProxy(QNetworkProxy::NoProxy);
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), m_port);
        if (!socket.waitForConnected(kConnectMs)) {
            m_result.error = QStringLiteral("cannot connect to 127.0.0.1:%1: %2").arg(m_port).arg(socket.errorString());
            return false;
        }
        // Each request goes out in one write; without this a response to a small request could
        // wait on a delayed acknowledgement.
        socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        Connection *raw = connection.get();
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [this, raw] { read(*raw); });
        QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [this, raw] {
            fail(QStringLiteral("the server closed a connection%1 after %2 answers")
                     .arg(raw->inFlight ? QStringLiteral(" with a request in flight") : QString())
                     .arg(m_result.answered));
        });
        m_connections.push_back(std::move(connection));
        return true;
    }

    void send(Connection &connection, const QByteArray &bytes)
    {
        connection.sentAtNs = m_clock.nsecsElapsed();
        connection.inFlight = true;
        connection.socket.write(bytes);
        // QTcpSocket would otherwise write on the next turn of the event loop.
        connection.socket.flush();
    }

    void sendNext(Connection &connection)
    {
        if (m_next < m_requests.size())
            send(connection, m_requests.at(m_next++));
    }

    void read(Connection &connection)
    {
        connection.buffer += connection.socket.readAll();
        while (m_error.isEmpty()) {
            QString problem;
            const std::optional<Response> response = takeResponse(connection.buffer, &problem);
            if (!problem.isEmpty())
                return fail(problem);
            if (!response)
                break;
            answered(connection, *response);
        }
        if (m_check)
            m_check();
    }

    void answered(Connection &connection, const Response &response)
    {
        const qint64 now = m_clock.nsecsElapsed();
        if (!connection.inFlight)
            return fail(QStringLiteral("a response came with no request waiting"));
        connection.inFlight = false;
        m_lastProgressNs = now;
        if (m_warming) {
            if (response.status != 200)
                return fail(QStringLiteral("GET /healthz answered %1: %2").arg(response.status).arg(QString::fromUtf8(response.body)));
            --m_warmPending;
            return;
        }
        if (response.status != m_expected)
            return fail(QStringLiteral("request %1 answered %2 (expected %3): %4")
                            .arg(m_result.answered + 1)
                            .arg(response.status)
                            .arg(m_expected)
                            .arg(QString::fromUtf8(response.body)));
        m_result.latencyMs << double(now - connection.sentAtNs) / 1e6;
        ++m_result.answered;
        m_lastAnswerNs = now;
        sendNext(connection);
    }

    void fail(const QString &error)
    {
        if (m_error.isEmpty())
            m_error = error;
        if (m_check)
            m_check();
    }

    // Runs the event loop until `done` holds, a failure, or a stall. False on failure or stall.
    // One loop for the whole wait, woken by the sockets, so the client takes little of a core.
    bool waitUntil(std::function<bool()> done)
    {
        m_lastProgressNs = m_clock.nsecsElapsed();
        if (!done() && m_error.isEmpty()) {
            QEventLoop loop;
            m_check = [&loop, &done, this] {
                if (done() || !m_error.isEmpty())
                    loop.quit();
            };
            QTimer watchdog;
            QObject::connect(&watchdog, &QTimer::timeout, &loop, [this] {
                if ((m_clock.nsecsElapsed() - m_lastProgressNs) / 1000000 > kStallMs)
                    fail(QStringLiteral("no response for %1 s after %2 answers").arg(kStallMs / 1000).arg(m_result.answered));
            });
            watchdog.start(1000);
            loop.exec();
            m_check = nullptr;
        }
        m_result.error = m_error;
        return m_error.isEmpty();
    }

    quint16 m_port;
    int m_expected;
    QList<QByteArray> m_requests;
    qsizetype m_next = 0;
    std::vector<std::unique_ptr<Connection>> m_connections;
    QElapsedTimer m_clock;
    qint64 m_lastProgressNs = 0;
    qint64 m_lastAnswerNs = 0;
    bool m_warming = false;
    qsizetype m_warmPending = 0;
    QString m_error;
    std::function<void()> m_check;  // set while waiting: ends the wait once it is over
    LoadResult m_result;
};

} // namespace

LoadResult runLoad(quint16 port, const QByteArray &path, const QList<QByteArray> &bodies, int connections,
                   int expectedStatus)
{
    LoadRun run(port, path, bodies, expectedStatus);
    return run.run(std::max(1, connections));
}
