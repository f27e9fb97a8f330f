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

void QuickExitController::quickExit()
{
    // Cover the screen first: whatever happens next, nothing private stays visible.
    if (!m_neutralScreenShown) {
        m_neutralScreenShown = true;
        emit neutralScreenShownChanged();
    }
    m_lock.lock();
    m_navigation.resetToHome();
    m_platform.leaveApp();
}

void QuickExitController::returnFromNeutralScreen()
{
    if (!m_neutralScreenShown)
        return;
    m_neutralScreenShown = false;
    emit neutralScreenShownChanged();
}

} // namespace cg
