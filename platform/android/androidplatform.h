#pragma once

#include "core/platformservices.h"

namespace cg {

// Android: quick exit finishes the activity and removes its task from recent apps, and the window
// is marked secure so no preview ever shows what was on screen.
class AndroidPlatform final : public PlatformServices
{
public:
    AndroidPlatform();
    bool leaveApp() override;
    bool openExternal(const QUrl &url) override;
    // A geo: address search, which Android hands to whichever maps app the person uses.
    QUrl directionsUrl(const QString &address) const override;
    bool coverWhenInBackground() const override { return true; }
    double systemFontScale() const override;
    // An alarm that posts a notification (CheckInReminder.java). Android 13 and later show it
    // only once the parent has allowed notifications (askToRemind); without their yes only
    // Home's card reminds them.
    bool scheduleReminder(const QDateTime &when, const QString &text) override;
    void cancelReminder() override;
    void askToRemind() override;
};

} // namespace cg
