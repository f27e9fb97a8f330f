#include "ios/iosplatform.h"

#include "platformfactory.h"

#include "ios/keychainkeystore.h"

#include <QDesktopServices>

namespace cg {

bool IosPlatform::openExternal(const QUrl &url)
{
    return QDesktopServices::openUrl(url);
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
