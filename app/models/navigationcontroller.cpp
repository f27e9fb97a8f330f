#include "models/navigationcontroller.h"

#include "models/onboardingcontroller.h"
#include "models/settingscontroller.h"

#include <array>
#include <utility>

namespace cg {
namespace {

constexpr std::array<std::pair<const char *, NavigationController::Tab>, 5> kTabRoutes{{
    {"home", NavigationController::HomeTab},
    {"learn", NavigationController::LearnTab},
    {"journal", NavigationController::JournalTab},
    {"help", NavigationController::HelpTab},
    {"more", NavigationController::MoreTab},
}};

} // namespace

NavigationController::NavigationController(SettingsController &settings, OnboardingController &onboarding,
                                           QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_onboarding(onboarding)
{
    connect(&m_settings, &SettingsController::changed, this, &NavigationController::onboardingVisibleChanged);
    connect(&m_onboarding, &OnboardingController::finished, this,
            [this] { setFirstRunDisplay(FirstRunDisplay::UntilDone); });
}

void NavigationController::selectTab(int tab)
{
    if (tab < HomeTab || tab > MoreTab || tab == m_currentTab)
        return;
    m_currentTab = tab;
    emit currentTabChanged();
}

bool NavigationController::onboardingVisible() const
{
    switch (m_firstRun) {
    case FirstRunDisplay::Shown:
        return true;
    case FirstRunDisplay::Skipped:
        return false;
    case FirstRunDisplay::UntilDone:
        break;
    }
    return !m_settings.onboardingComplete();
}

bool NavigationController::openRoute(const QString &route)
{
    for (const auto &[name, tab] : kTabRoutes) {
        if (route == QLatin1String(name)) {
            // A screen asked for by name is shown even before first run is done, so every
            // screen can be rendered and checked in both states.
            setFirstRunDisplay(FirstRunDisplay::Skipped);
            selectTab(tab);
            return true;
        }
    }
    const int step = OnboardingController::stepForRoute(route);
    if (step < 0)
        return false;
    m_onboarding.goToStep(step);
    setFirstRunDisplay(FirstRunDisplay::Shown);
    return true;
}

void NavigationController::resetToHome()
{
    setFirstRunDisplay(FirstRunDisplay::UntilDone);
    selectTab(HomeTab);
}

QStringList NavigationController::routes()
{
    QStringList names = OnboardingController::routes();
    for (const auto &entry : kTabRoutes)
        names << QString::fromLatin1(entry.first);
    return names;
}

void NavigationController::setFirstRunDisplay(FirstRunDisplay display)
{
    if (display == m_firstRun)
        return;
    const bool wasVisible = onboardingVisible();
    m_firstRun = display;
    if (wasVisible != onboardingVisible())
        emit onboardingVisibleChanged();
}

} // namespace cg
