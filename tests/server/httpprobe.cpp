#include "httpprobe.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpReply httpRequest(const QByteArray &method, const QString &url, int timeoutMs,
                      const QByteArray &userAgent, const QByteArray &body, const QByteArray &contentType)
{
    QNetworkAccessManager manager;
    // Loopback only: an http_proxy in the environment must not reroute the test.
    manager.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request{QUrl(url)};
    if (!userAgent.isEmpty())
        request.setHeader(QNetworkRequest::UserAgentHeader, userAgent);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply *reply = manager.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    HttpReply result;
    result.finished = reply->isFinished() || finished.wait(timeoutMs);
    if (result.finished) {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        result.allow = reply->rawHeader("Allow");
        result.retryAfter = reply->rawHeader("Retry-After");
        result.body = reply->readAll();
    }
    delete reply;
    return result;
}

HttpReply httpPost(const QString &url, const QByteArray &body, const QByteArray &contentType)
{
    return httpRequest(QByteArrayLiteral("POST"), url, 5000, {}, body, contentType);
}
