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
    connect(&m_onboarding, &OnboardingController::finished, this, [this] { setOnboardingReplay(false); });
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
    return m_onboardingReplay || !m_settings.onboardingComplete();
}

bool NavigationController::openRoute(const QString &route)
{
    for (const auto &[name, tab] : kTabRoutes) {
        if (route == QLatin1String(name)) {
            setOnboardingReplay(false);
            selectTab(tab);
            return true;
        }
    }
    const int step = OnboardingController::stepForRoute(route);
    if (step < 0)
        return false;
    m_onboarding.goToStep(step);
    setOnboardingReplay(true);
    return true;
}

void NavigationController::resetToHome()
{
    setOnboardingReplay(false);
    selectTab(HomeTab);
}

QStringList NavigationController::routes()
{
    QStringList names = OnboardingController::routes();
    for (const auto &entry : kTabRoutes)
        names << QString::fromLatin1(entry.first);
    return names;
}

void NavigationController::setOnboardingReplay(bool replay)
{
    if (replay == m_onboardingReplay)
        return;
    const bool wasVisible = onboardingVisible();
    m_onboardingReplay = replay;
    if (wasVisible != onboardingVisible())
        emit onboardingVisibleChanged();
}

} // namespace cg
