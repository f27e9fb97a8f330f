#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;

namespace cg {

// Why a GET brought no HTTP answer.
enum class HttpFailure {
    None,               // an answer came (of any status)
    NoAnswer,           // no connection, refused, name not found
    TimedOut,           // nothing arrived for the client's timeout
    BrokeOff,           // an answer began but the connection ended part-way
    RedirectedOffSite,  // a redirect to another scheme, host or port, which is not followed
};

// What one GET brought back. Any HTTP answer counts, whatever its status; `failure` says why no
// answer came at all, and `failureText` says it in words with the details.
struct HttpAnswer {
    int status = 0;          // 0 when no HTTP answer came
    QString statusText;      // "Not Found"
    QByteArray contentType;  // as the server labelled it, possibly wrongly
    QByteArray body;
    HttpFailure failure = HttpFailure::None;
    QString failureText;

    bool answered() const { return failure == HttpFailure::None; }
    bool succeeded() const { return answered() && status >= 200 && status < 300; }
    // "HTTP 500 Internal Server Error", or the failure when there was no answer.
    QString describeStatus() const;
};

// GETs one URL at a time and waits for its answer in a local event loop, because the content tool
// is a synchronous command-line program. Every request carries the same User-Agent and Accept
// header, gives up when no data arrives for `timeout`, and follows redirects within the same site
// only (scheme, host and port), so a feed cannot hand the tool on to somewhere else.
class BlockingHttpClient
{
public:
    BlockingHttpClient(QNetworkAccessManager &network, std::chrono::milliseconds timeout, QByteArray userAgent,
                       QByteArray accept);

    HttpAnswer get(const QUrl &url) const;

private:
    QNetworkAccessManager &m_network;
    std::chrono::milliseconds m_timeout;
    QByteArray m_userAgent;
    QByteArray m_accept;
};

} // namespace cg
