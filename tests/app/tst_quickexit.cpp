#include "core/privatedatalock.h"
#include "models/quickexitcontroller.h"
#include "recordingplatform.h"
#include "screensfixture.h"

#include <catch2/catch.hpp>

using namespace cg;

namespace {

struct QuickExitSetup : ScreensFixture {
    PrivateDataLock lock;
    RecordingPlatform platform;
    QuickExitController quickExit{lock, platform, navigation};
};

} // namespace

TEST_CASE("quick exit covers the screen, locks private data and leaves the app")
{
    QuickExitSetup app;
    REQUIRE(app.onboarding.finish());
    app.navigation.openRoute(QStringLiteral("journal"));
    app.quickExit.quickExit();
    CHECK(app.quickExit.neutralScreenShown());
    CHECK(app.lock.isLocked());
    CHECK(app.platform.leaveRequests == 1);
    // Coming back must not reopen the journal that was on screen.
    CHECK(app.navigation.currentTab() == NavigationController::HomeTab);
}

TEST_CASE("quick exit during a first-run replay also goes back to Home")
{
    QuickExitSetup app;
    REQUIRE(app.onboarding.finish());
    app.navigation.openRoute(QStringLiteral("onboarding/situation"));
    app.quickExit.quickExit();
    CHECK_FALSE(app.navigation.onboardingVisible());
}

TEST_CASE("coming back from the neutral screen keeps private data locked")
{
    QuickExitSetup app;
    app.quickExit.quickExit();
    app.quickExit.returnFromNeutralScreen();
    CHECK_FALSE(app.quickExit.neutralScreenShown());
    CHECK(app.lock.isLocked());
}

TEST_CASE("on phones the neutral screen also covers the app while it is in the background")
{
    QuickExitSetup app;
    app.lock.unlock();  // the journal is open
    app.quickExit.setInBackground(true);
    CHECK(app.quickExit.neutralScreenShown());
    CHECK_FALSE(app.lock.isLocked());
    app.quickExit.setInBackground(false);
    CHECK_FALSE(app.quickExit.neutralScreenShown());
}

TEST_CASE("coming back to the foreground after a quick exit still shows the neutral screen")
{
    QuickExitSetup app;
    app.quickExit.quickExit();
    app.quickExit.setInBackground(true);
    app.quickExit.setInBackground(false);
    CHECK(app.quickExit.neutralScreenShown());
}
