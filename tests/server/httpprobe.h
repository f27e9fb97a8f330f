#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// A blocking HTTP request over loopback for tests, with a bounded wait, through a real
// QNetworkAccessManager so the server sees exactly what a phone or a load balancer would send.
struct HttpReply {
    bool finished = false;  // false if no answer came within the wait
    int status = 0;
    QByteArray contentType;
    QByteArray allow;
    QByteArray retryAfter;
    QByteArray body;

    QJsonObject json() const;
};

HttpReply httpRequest(const QByteArray &method, const QString &url, int timeoutMs = 5000,
                      const QByteArray &userAgent = {}, const QByteArray &body = {},
                      const QByteArray &contentType = {});

// POST `body` with the given Content-Type (none when empty).
HttpReply httpPost(const QString &url, const QByteArray &body,
                   const QByteArray &contentType = QByteArrayLiteral("application/json"));
