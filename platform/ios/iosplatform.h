#pragma once

#include "core/platformservices.h"

namespace cg {

// iOS does not let an app close itself, so quick exit shows the neutral screen, which is also
// what the app switcher's snapshot captures.
class IosPlatform final : public PlatformServices
{
public:
    bool leaveApp() override { return false; }
    bool openExternal(const QUrl &url) override;
};

} // namespace cg
