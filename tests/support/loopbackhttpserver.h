#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>
#include <utility>

class QTcpServer;
class QTcpSocket;

// A small HTTP/1.1 server on 127.0.0.1 (a free port) that plays a remote web service in tests:
// canned answers per path and query, answers made up on the fly, and a record of every request.
// One request per connection: every answer says "Connection: close". A request's body is read
// when it carries a Content-Length.
//
// It answers from the event loop of the thread it lives in, so the code under test must spin an
// event loop while it waits (QEventLoop, QSignalSpy::wait); a blocking wait starves it.
class LoopbackHttpServer : public QObject
{
public:
    struct Request {
        QByteArray method;
        QByteArray target;  // as sent: "/api/services?page=1&per_page=100"
        QByteArray path;    // the target before "?", still percent-encoded, so "%2F" is visible
        QUrlQuery query;
        QHash<QByteArray, QByteArray> headers;  // names in lower case
        QByteArray body;    // as many bytes as Content-Length said
        QByteArray raw;     // every byte of the request, head and body, as it arrived
    };

    struct Response {
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;  // extra ones, such as Location
        // Content-Length to announce instead of the body's size: more than is sent makes an answer
        // that breaks off when the connection closes.
        std::optional<qsizetype> announcedLength;
        bool silent = false;  // read the request and never answer (a server that hangs)
        bool hangUp = false;  // read the request, then close the connection without a word
        int delayMs = 0;      // answer only after this long (a slow server)

        static Response json(const QByteArray &body, int status = 200);
        static Response html(const QByteArray &body, int status, const QByteArray &contentType = "text/html");
        static Response redirect(const QByteArray &location, int status = 301);
    };

    // Answers a request, or declines with nullopt so the next route is asked.
    using Handler = std::function<std::optional<Response>(const Request &)>;

    explicit LoopbackHttpServer(QObject *parent = nullptr);
    ~LoopbackHttpServer() override;

    bool isListening() const;
    quint16 port() const;
    // http://127.0.0.1:PORT followed by pathAndQuery ("/api/").
    QUrl url(const QString &pathAndQuery = {}) const;

    // Answers GET `path` (percent-encoded as sent) with `response` when the request carries every
    // one of `query`'s items; other query items are ignored. Routes are asked in the order added;
    // a request nothing answers gets 404.
    void serve(const QByteArray &path, const Response &response, const QList<std::pair<QString, QString>> &query = {});
    void serve(Handler handler);

    const QList<Request> &requests() const;
    // Connections opened to the server, answered or not: zero means nothing at all arrived.
    int connectionCount() const { return m_connections; }
    // The requests for one path, in order.
    QList<Request> requestsFor(const QByteArray &path) const;

private:
    void accept();
    void read(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Request &request);

    QTcpServer *m_server;
    QList<Handler> m_routes;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_connections = 0;
};
