#include "desktop/desktopplatform.h"

#include "platformfactory.h"

#include <QDesktopServices>

namespace cg {

bool DesktopPlatform::openExternal(const QUrl &url)
{
    return QDesktopServices::openUrl(url);
}

std::unique_ptr<PlatformServices> createPlatformServices()
{
    return std::make_unique<DesktopPlatform>();
}

} // namespace cg
