#include "desktop/desktopplatform.h"

#include "platformfactory.h"

#include "crypto/keyfilestore.h"

#include <QDir>

#include <QDesktopServices>

namespace cg {

bool DesktopPlatform::openExternal(const QUrl &url)
{
    return QDesktopServices::openUrl(url);
}

QUrl DesktopPlatform::directionsUrl(const QString &address) const
{
    QUrl url(QStringLiteral("https://www.openstreetmap.org/search"));
    url.setQuery(QStringLiteral("query=") + QString::fromLatin1(QUrl::toPercentEncoding(address)));
    return url;
}

std::unique_ptr<PlatformServices> createPlatformServices()
{
    return std::make_unique<DesktopPlatform>();
}

std::unique_ptr<DeviceKeyStore> createDeviceKeyStore(const QString &dataDir)
{
    return std::make_unique<KeyFileStore>(QDir(dataDir).filePath(QStringLiteral("journal.key")));
}

} // namespace cg
