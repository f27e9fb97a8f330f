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
    // OpenStreetMap's search, which needs no account and works in any browser.
    QUrl directionsUrl(const QString &address) const override;
    // A desktop window losing focus is not the same as leaving, and nothing takes its picture.
    bool coverWhenInBackground() const override { return false; }
    // Desktop text size comes from the system font, which Qt already follows.
    double systemFontScale() const override { return 1.0; }
};

} // namespace cg
