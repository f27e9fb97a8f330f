#pragma once

#include <QHostAddress>
#include <QString>

#include <optional>

namespace cg {

// The address and port the server listens on, as given to `--listen HOST:PORT`.
struct ListenAddress {
    QHostAddress host;
    quint16 port = 0;  // 0 lets the system pick a free port
};

// Accepts an IPv4 address, a bracketed IPv6 address ("[::1]:8080") or "localhost", then a port
// from 0 to 65535. Host names other than localhost are refused: resolving them would make the
// address the server binds to depend on DNS at start-up.
std::optional<ListenAddress> parseListenAddress(const QString &text, QString *error);

// "127.0.0.1:8080" or "[::1]:8080": the form used in URLs and messages.
QString formatHostPort(const QHostAddress &host, quint16 port);

} // namespace cg
