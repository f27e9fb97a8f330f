#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace cg {

class NavigationController;
class PlatformServices;
class PrivateDataLock;

// Quick exit: in one tap, hide everything behind a neutral screen, lock the private data and ask
// the platform to leave the app. Nothing here waits on disk or network, so it is instant.
class QuickExitController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the app at start-up")
    Q_PROPERTY(bool neutralScreenShown READ neutralScreenShown NOTIFY neutralScreenShownChanged)

public:
    QuickExitController(PrivateDataLock &lock, PlatformServices &platform, NavigationController &navigation,
                        QObject *parent = nullptr);

    // After a quick exit, and on phones whenever the app is in the background (the app switcher
    // takes a picture of the screen then).
    bool neutralScreenShown() const;

    Q_INVOKABLE void quickExit();
    // The parent came back on purpose (press and hold on the neutral screen). Private data stays
    // locked: coming back shows Home, never the screen that was open before.
    Q_INVOKABLE void returnFromNeutralScreen();
    // Told by the app when it goes to or comes back from the background.
    void setInBackground(bool inBackground);

signals:
    void neutralScreenShownChanged();

private:
    PrivateDataLock &m_lock;
    PlatformServices &m_platform;
    NavigationController &m_navigation;
    void changeState(bool quickExited, bool inBackground);

    bool m_quickExited = false;
    bool m_inBackground = false;
};

} // namespace cg
