#include "screensfixture.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

using namespace cg;

using Screens = ScreensFixture;

TEST_CASE("first run shows the three steps, and finishing them shows the tabs for good")
{
    Screens screens;
    CHECK(screens.navigation.onboardingVisible());
    screens.onboarding.next();
    screens.onboarding.next();
    CHECK(screens.onboarding.isLastStep());
    screens.onboarding.next();
    CHECK(screens.onboarding.step() == OnboardingController::PrivacyStep);
    REQUIRE(screens.onboarding.finish());
    CHECK_FALSE(screens.navigation.onboardingVisible());
    CHECK(screens.store.stored.onboardingComplete);
    CHECK(screens.onboarding.step() == OnboardingController::AreaStep);
}

TEST_CASE("back never goes before the first step")
{
    Screens screens;
    screens.onboarding.back();
    CHECK(screens.onboarding.step() == OnboardingController::AreaStep);
}

TEST_CASE("if first run cannot be saved the steps stay on screen")
{
    Screens screens;
    screens.store.failSaves = true;
    CHECK_FALSE(screens.onboarding.finish());
    CHECK(screens.navigation.onboardingVisible());
}

TEST_CASE("every route opens its screen and unknown routes change nothing")
{
    Screens screens;
    REQUIRE(screens.onboarding.finish());
    REQUIRE(screens.navigation.openRoute(QStringLiteral("help")));
    CHECK(screens.navigation.currentTab() == NavigationController::HelpTab);
    REQUIRE(screens.navigation.openRoute(QStringLiteral("onboarding/privacy")));
    CHECK(screens.navigation.onboardingVisible());
    CHECK(screens.onboarding.step() == OnboardingController::PrivacyStep);
    REQUIRE(screens.navigation.openRoute(QStringLiteral("more")));
    CHECK_FALSE(screens.navigation.onboardingVisible());
    CHECK(screens.navigation.currentTab() == NavigationController::MoreTab);

    CHECK_FALSE(screens.navigation.openRoute(QStringLiteral("journal/secret")));
    CHECK(screens.navigation.currentTab() == NavigationController::MoreTab);
    CHECK(NavigationController::routes()
          == QStringList{QStringLiteral("onboarding"), QStringLiteral("onboarding/situation"),
                         QStringLiteral("onboarding/privacy"), QStringLiteral("home"), QStringLiteral("learn"),
                         QStringLiteral("journal"), QStringLiteral("help"), QStringLiteral("more")});
}

TEST_CASE("a tab opened by name shows before first run is done, and quick exit brings first run back")
{
    Screens screens;
    REQUIRE(screens.navigation.openRoute(QStringLiteral("learn")));
    CHECK_FALSE(screens.navigation.onboardingVisible());
    CHECK(screens.navigation.currentTab() == NavigationController::LearnTab);
    screens.navigation.resetToHome();
    CHECK(screens.navigation.onboardingVisible());
}

TEST_CASE("tabs outside the five are ignored")
{
    Screens screens;
    QSignalSpy changed(&screens.navigation, &NavigationController::currentTabChanged);
    screens.navigation.selectTab(7);
    screens.navigation.selectTab(-1);
    CHECK(screens.navigation.currentTab() == NavigationController::HomeTab);
    CHECK(changed.count() == 0);
}
