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
    // Apple Maps' documented map links open the Maps app with directions to the address.
    QUrl directionsUrl(const QString &address) const override;
    bool coverWhenInBackground() const override { return true; }
    // Qt 6.4 does not pass on iOS Dynamic Type; the app's own text size setting is the way in.
    double systemFontScale() const override { return 1.0; }
    // A local notification through UNUserNotificationCenter (iosreminder.mm), shown only once
    // the parent has said yes to iOS's question (askToRemind); otherwise only Home's card
    // reminds them.
    bool scheduleReminder(const QDateTime &when, const QString &text) override;
    void cancelReminder() override;
    void askToRemind() override;
};

} // namespace cg
