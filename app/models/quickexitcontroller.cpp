#include "models/quickexitcontroller.h"

#include "core/platformservices.h"
#include "core/privatedatalock.h"
#include "models/navigationcontroller.h"

namespace cg {

QuickExitController::QuickExitController(PrivateDataLock &lock, PlatformServices &platform,
                                         NavigationController &navigation, QObject *parent)
    : QObject(parent)
    , m_lock(lock)
    , m_platform(platform)
    , m_navigation(navigation)
{
}

bool QuickExitController::neutralScreenShown() const
{
    return m_quickExited || (m_inBackground && m_platform.coverWhenInBackground());
}

void QuickExitController::quickExit()
{
    // Cover the screen first: whatever happens next, nothing private stays visible.
    changeState(true, m_inBackground);
    m_lock.lock();
    m_navigation.resetToHome();
    m_platform.leaveApp();
}

void QuickExitController::returnFromNeutralScreen()
{
    changeState(false, m_inBackground);
}

void QuickExitController::setInBackground(bool inBackground)
{
    changeState(m_quickExited, inBackground);
}

void QuickExitController::changeState(bool quickExited, bool inBackground)
{
    const bool wasShown = neutralScreenShown();
    m_quickExited = quickExited;
    m_inBackground = inBackground;
    if (wasShown != neutralScreenShown())
        emit neutralScreenShownChanged();
}

} // namespace cg
