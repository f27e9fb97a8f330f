#pragma once

#include "core/platformservices.h"

namespace cg {

// Desktop (and tests): links open in the system's browser, dialler or mail program. A desktop
// window cannot leave itself, so quick exit relies on the app's own neutral screen.
class DesktopPlatform final : public PlatformServices
{
public:
    bool leaveApp() override { return false; }
    bool openExternal(const QUrl &url) override;
};

} // namespace cg
