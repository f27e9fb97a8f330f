#pragma once

#include <QImage>
#include <QString>

#include <optional>

namespace cg {

// A QR code for `text`, black on white with the four-module quiet zone scanners need, each module
// `moduleSize` pixels square. Medium error correction, so a leaflet can be creased or smudged.
// A null image only if libqrencode cannot encode the text (far longer than any code).
QImage qrImageFor(const QString &text, int moduleSize = 8);

// The text of the first QR code found in `image` (a camera frame, a scanned leaflet), or nullopt.
std::optional<QString> readQrText(const QImage &image);

} // namespace cg
