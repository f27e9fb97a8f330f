#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// What one load run measured.
struct LoadResult {
    qsizetype answered = 0;  // requests answered with the expected status
    QList<double> latencyMs; // for each answered request: from writing it to its whole response
    double seconds = 0;      // from the first request written to the last response read
    QString error;           // empty when every request got the expected status
};

// A load generator for the server benchmark, written for it so that what is measured is the
// server and not a heavy client: `connections` keep-alive HTTP/1.1 connections to 127.0.0.1:`port`
// (QTcpSocket, no proxy, Nagle off), each with one request in flight at a time, sending every one
// of `bodies` once as `POST path` with Content-Type application/json. The request bytes are made
// before the clock starts; responses are read by their status line and Content-Length only.
// Before the clock starts, every connection is opened and answers one GET /healthz, so connecting
// and the server's first-request costs are not timed. Stops at the first response with another
// status than `expectedStatus` (naming it and its body), a connection the server closes, or 30
// seconds without any response.
LoadResult runLoad(quint16 port, const QByteArray &path, const QList<QByteArray> &bodies, int connections,
                   int expectedStatus);
