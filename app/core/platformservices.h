#pragma once

#include <QDateTime>
#include <QUrl>

namespace cg {

// What the app asks of the phone (or desktop) it runs on. Each platform in platform/ provides
// one; the desktop one is harmless so tests and the desktop build can call everything.
class PlatformServices
{
public:
    virtual ~PlatformServices() = default;

    // Quick exit: leave the app at once and keep it out of the recent-apps preview where the
    // platform allows. Returns false when the platform cannot leave (desktop), in which case the
    // app's own neutral screen is all the parent sees.
    virtual bool leaveApp() = 0;
    // Opens a web address, phone number (tel:) or e-mail address (mailto:) outside the app.
    virtual bool openExternal(const QUrl &url) = 0;
    // Where to send an address for directions: the phone's maps app, or a map website on a
    // desktop. Opened with openExternal only when the parent taps "Directions".
    virtual QUrl directionsUrl(const QString &address) const = 0;
    // True where the system keeps a picture of the app's screen when it goes to the background
    // (the recent-apps or app-switcher view): the app then covers itself with its neutral screen.
    virtual bool coverWhenInBackground() const = 0;
    // The text size the person chose in the phone's settings, 1.0 being the normal size.
    virtual double systemFontScale() const = 0;
    // A reminder from the phone itself at `when`, replacing any earlier one: the app's only
    // notification. `text` must say nothing private, as it can show on a locked screen. False
    // where the platform has no local notifications (the desktop): the card on Home is then the
    // only reminder, as it is everywhere while the app is open.
    virtual bool scheduleReminder(const QDateTime &when, const QString &text)
    {
        Q_UNUSED(when);
        Q_UNUSED(text);
        return false;
    }
    virtual void cancelReminder() {}
    // Asks the parent, where the platform needs it, to allow the reminder at all. Called only
    // when they have just chosen to have reminders (their first check-in, or switching them on),
    // so the system's question never comes out of the blue or again and again.
    virtual void askToRemind() {}
};

} // namespace cg
