#include "server/listenaddress.h"

#include <QRegularExpression>

namespace cg {

std::optional<ListenAddress> parseListenAddress(const QString &text, QString *error)
{
    const QString garbled = QStringLiteral("--listen must be HOST:PORT, for example 127.0.0.1:8080");
    QString hostText;
    QString portText;
    const bool bracketed = text.startsWith(QLatin1Char('['));
    if (bracketed) {
        const qsizetype close = text.indexOf(QLatin1String("]:"));
        if (close < 0) {
            *error = garbled;
            return std::nullopt;
        }
        hostText = text.mid(1, close - 1);
        portText = text.mid(close + 2);
    } else {
        const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
        if (colon < 0) {
            *error = garbled;
            return std::nullopt;
        }
        hostText = text.left(colon);
        portText = text.mid(colon + 1);
        if (hostText.contains(QLatin1Char(':'))) {
            // Without brackets "::1:8080" could be read two ways.
            *error = QStringLiteral("--listen needs brackets around an IPv6 address, for example [::1]:8080");
            return std::nullopt;
        }
    }
    if (hostText.isEmpty() || portText.isEmpty()) {
        *error = garbled;
        return std::nullopt;
    }

    ListenAddress address;
    if (hostText == QLatin1String("localhost")) {
        address.host = QHostAddress(QHostAddress::LocalHost);
    } else if (!address.host.setAddress(hostText)) {
        *error = QStringLiteral("--listen host '%1' must be an IP address, for example 127.0.0.1, "
                                "0.0.0.0 or [::1]")
                     .arg(hostText);
        return std::nullopt;
    }

    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    bool ok = false;
    const uint port = portText.toUInt(&ok);
    if (!digits.match(portText).hasMatch() || !ok || port > 65535) {
        *error = QStringLiteral("--listen port '%1' must be a number from 0 to 65535").arg(portText);
        return std::nullopt;
    }
    address.port = static_cast<quint16>(port);
    return address;
}

QString formatHostPort(const QHostAddress &host, quint16 port)
{
    const QString hostText = host.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]").arg(host.toString())
        : host.toString();
    return QStringLiteral("%1:%2").arg(hostText).arg(port);
}

} // namespace cg
