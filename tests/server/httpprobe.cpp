#include "httpprobe.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QFile>
#include <QUrl>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpReply httpSend(const HttpCall &call)
{
    QNetworkAccessManager manager;
    // Loopback only: an http_proxy in the environment must not reroute the test.
    manager.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request{QUrl(call.url)};
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    if (!call.userAgent.isEmpty())
        request.setHeader(QNetworkRequest::UserAgentHeader, call.userAgent);
    if (!call.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, call.contentType);
    if (!call.trustedCertificate.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(call.trustedCertificate));
        request.setSslConfiguration(tls);
    }
    if (!call.cookie.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Cookie"), call.cookie);
    QNetworkReply *reply = manager.sendCustomRequest(request, call.method, call.body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    HttpReply result;
    result.finished = reply->isFinished() || finished.wait(call.timeoutMs);
    if (result.finished) {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        result.allow = reply->rawHeader("Allow");
        result.retryAfter = reply->rawHeader("Retry-After");
        result.location = reply->rawHeader("Location");
        result.setCookie = reply->rawHeader("Set-Cookie");
        result.body = reply->readAll();
    }
    delete reply;
    return result;
}

HttpReply httpRequest(const QByteArray &method, const QString &url, int timeoutMs, const QByteArray &userAgent)
{
    HttpCall call;
    call.method = method;
    call.url = url;
    call.timeoutMs = timeoutMs;
    call.userAgent = userAgent;
    return httpSend(call);
}

HttpReply httpPost(const QString &url, const QByteArray &body, const QByteArray &contentType)
{
    HttpCall call;
    call.method = "POST";
    call.url = url;
    call.body = body;
    call.contentType = contentType;
    return httpSend(call);
}

HttpReply httpGet(const QString &url, const QByteArray &cookie)
{
    HttpCall call;
    call.url = url;
    call.cookie = cookie;
    return httpSend(call);
}

HttpReply httpSignIn(const QString &loginUrl, const QString &email, const QString &password)
{
    HttpCall call;
    call.method = "POST";
    call.url = loginUrl;
    call.contentType = "application/x-www-form-urlencoded";
    call.body = "email=" + QUrl::toPercentEncoding(email) + "&password=" + QUrl::toPercentEncoding(password);
    return httpSend(call);
}
