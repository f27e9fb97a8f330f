#include "shell/qrimageprovider.h"

#include "qr/qrimage.h"

namespace cg {

QrImageProvider::QrImageProvider()
    : QQuickImageProvider(QQuickImageProvider::Image)
{
}

QImage QrImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    QImage image = qrImageFor(id, 1);
    if (!image.isNull() && requestedSize.isValid() && requestedSize.width() > image.width()) {
        // Whole pixels per module, so no module blurs into its neighbour.
        const int moduleSize = requestedSize.width() / image.width();
        image = qrImageFor(id, std::max(1, moduleSize));
    }
    if (size)
        *size = image.size();
    return image;
}

} // namespace cg
