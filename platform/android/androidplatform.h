#pragma once

#include "core/platformservices.h"

namespace cg {

// Android: quick exit sends the task to the back, and the window is marked secure so the
// recent-apps preview never shows what was on screen.
class AndroidPlatform final : public PlatformServices
{
public:
    AndroidPlatform();
    bool leaveApp() override;
    bool openExternal(const QUrl &url) override;
    bool coverWhenInBackground() const override { return true; }
    double systemFontScale() const override;
};

} // namespace cg
