#include "ios/iosplatform.h"

#include "platformfactory.h"

#include "ios/keychainkeystore.h"

#include <QDesktopServices>

namespace cg {

bool IosPlatform::openExternal(const QUrl &url)
{
    return QDesktopServices::openUrl(url);
}

QUrl IosPlatform::directionsUrl(const QString &address) const
{
    QUrl url(QStringLiteral("https://maps.apple.com/"));
    url.setQuery(QStringLiteral("daddr=") + QString::fromLatin1(QUrl::toPercentEncoding(address)));
    return url;
}

std::unique_ptr<PlatformServices> createPlatformServices()
{
    return std::make_unique<IosPlatform>();
}

std::unique_ptr<DeviceKeyStore> createDeviceKeyStore(const QString &)
{
    return std::make_unique<KeychainKeyStore>();
}

} // namespace cg
