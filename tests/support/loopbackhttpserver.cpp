#include "loopbackhttpserver.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 404: return "Not Found";
    case 413: return "Content Too Large";
    case 422: return "Unprocessable Content";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

// The request line, headers and body, or nullopt while they have not all arrived.
std::optional<LoopbackHttpServer::Request> parseRequest(const QByteArray &buffer)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    LoopbackHttpServer::Request request;
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    const qsizetype question = request.target.indexOf('?');
    request.path = question < 0 ? request.target : request.target.left(question);
    if (question >= 0)
        request.query = QUrlQuery(QString::fromLatin1(request.target.mid(question + 1)));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length").toLongLong();
    if (buffer.size() < end + 4 + length)
        return std::nullopt;
    request.body = buffer.mid(end + 4, length);
    request.raw = buffer.left(end + 4 + length);
    return request;
}

} // namespace

LoopbackHttpServer::Response LoopbackHttpServer::Response::json(const QByteArray &body, int status)
{
    Response response;
    response.status = status;
    response.body = body;
    return response;
}

LoopbackHttpServer::Response LoopbackHttpServer::Response::html(const QByteArray &body, int status,
                                                                const QByteArray &contentType)
{
    Response response;
    response.status = status;
    response.contentType = contentType;
    response.body = body;
    return response;
}

LoopbackHttpServer::Response LoopbackHttpServer::Response::redirect(const QByteArray &location, int status)
{
    Response response;
    response.status = status;
    response.contentType = "text/plain";
    response.headers = {{"Location", location}};
    return response;
}

LoopbackHttpServer::LoopbackHttpServer(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    QObject::connect(m_server, &QTcpServer::newConnection, this, [this] { accept(); });
    m_server->listen(QHostAddress::LocalHost, 0);
}

LoopbackHttpServer::~LoopbackHttpServer()
{
    // Sockets closing as the server goes must not call back into members already destroyed.
    m_server->disconnect(this);
    for (QTcpSocket *socket : m_server->findChildren<QTcpSocket *>())
        socket->disconnect(this);
}

bool LoopbackHttpServer::isListening() const
{
    return m_server->isListening();
}

quint16 LoopbackHttpServer::port() const
{
    return m_server->serverPort();
}

QUrl LoopbackHttpServer::url(const QString &pathAndQuery) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(pathAndQuery));
}

void LoopbackHttpServer::serve(const QByteArray &path, const Response &response,
                               const QList<std::pair<QString, QString>> &query)
{
    serve([path, response, query](const Request &request) -> std::optional<Response> {
        if (request.path != path)
            return std::nullopt;
        for (const auto &[key, value] : query) {
            if (request.query.queryItemValue(key) != value)
                return std::nullopt;
        }
        return response;
    });
}

void LoopbackHttpServer::serve(Handler handler)
{
    m_routes << std::move(handler);
}

const QList<LoopbackHttpServer::Request> &LoopbackHttpServer::requests() const
{
    return m_requests;
}

QList<LoopbackHttpServer::Request> LoopbackHttpServer::requestsFor(const QByteArray &path) const
{
    QList<Request> found;
    for (const Request &request : m_requests) {
        if (request.path == path)
            found << request;
    }
    return found;
}

void LoopbackHttpServer::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_connections;
        // The socket belongs to the server object, so one left hanging on purpose goes with it.
        QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        QObject::connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void LoopbackHttpServer::read(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const std::optional<Request> request = parseRequest(buffer);
    if (!request)
        return;
    m_buffers.remove(socket);
    m_requests << *request;
    answer(socket, *request);
}

void LoopbackHttpServer::answer(QTcpSocket *socket, const Request &request)
{
    std::optional<Response> response;
    for (const Handler &route : std::as_const(m_routes)) {
        response = route(request);
        if (response)
            break;
    }
    if (!response)
        response = Response::html("no such page on the test server", 404, "text/plain");
    if (response->silent) {
        QObject::disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
        return;
    }
    if (response->hangUp) {
        socket->abort();
        return;
    }
    const qsizetype length = response->announcedLength.value_or(response->body.size());
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response->status) + ' ' + reasonPhrase(response->status);
    head += "\r\nContent-Type: " + response->contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(length) + "\r\n";
    for (const auto &[name, value] : response->headers)
        head += name + ": " + value + "\r\n";
    head += "Connection: close\r\n\r\n";
    const QByteArray bytes = head + response->body;
    const auto send = [socket, bytes] {
        socket->write(bytes);
        // Closes once everything written has gone out.
        socket->disconnectFromHost();
    };
    if (response->delayMs > 0)
        QTimer::singleShot(response->delayMs, socket, send);
    else
        send();
}
