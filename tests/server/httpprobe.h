#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// A blocking HTTP request over loopback for tests, with a bounded wait, through a real
// QNetworkAccessManager so the server sees exactly what a phone, a browser or a load balancer
// would send. Redirects are reported, never followed.
struct HttpReply {
    bool finished = false;  // false if no answer came within the wait
    int status = 0;
    QByteArray contentType;
    QByteArray allow;
    QByteArray retryAfter;
    QByteArray location;
    QByteArray setCookie;
    QByteArray body;

    QJsonObject json() const;
};

struct HttpCall {
    QByteArray method = "GET";
    QString url;
    QByteArray body;
    QByteArray contentType;  // none when empty
    QByteArray cookie;       // the Cookie header, none when empty
    QByteArray userAgent;    // Qt's own when empty
    QString trustedCertificate;  // a PEM file to trust for https (a test's self-signed one)
    int timeoutMs = 5000;
};

HttpReply httpSend(const HttpCall &call);

HttpReply httpRequest(const QByteArray &method, const QString &url, int timeoutMs = 5000,
                      const QByteArray &userAgent = {});

// POST `body` with the given Content-Type (none when empty).
HttpReply httpPost(const QString &url, const QByteArray &body,
                   const QByteArray &contentType = QByteArrayLiteral("application/json"));

// GET with a Cookie header (none when empty).
HttpReply httpGet(const QString &url, const QByteArray &cookie);

// POSTs the sign-in form, as a browser would.
HttpReply httpSignIn(const QString &loginUrl, const QString &email, const QString &password);
