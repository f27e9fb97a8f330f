#pragma once

#include <QQuickImageProvider>

namespace cg {

// "image://qr/<text>": the QR code for <text>, drawn on the phone (libqrencode), so the
// practitioner's screen needs no network and no file. Sharp square modules at any size asked for.
class QrImageProvider : public QQuickImageProvider
{
public:
    QrImageProvider();

    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;
};

} // namespace cg
