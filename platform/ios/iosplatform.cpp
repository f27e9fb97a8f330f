#include "ios/iosplatform.h"

#include "platformfactory.h"

#include "crypto/keyfilestore.h"

#include <QDir>

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

// The key file lives in the app's own sandboxed folder, which other apps cannot read. Wrapping it
// with the phone's hardware key store is the next step for this platform (see issue 4's notes).
std::unique_ptr<DeviceKeyStore> createDeviceKeyStore(const QString &dataDir)
{
    return std::make_unique<KeyFileStore>(QDir(dataDir).filePath(QStringLiteral("journal.key")));
}

} // namespace cg
