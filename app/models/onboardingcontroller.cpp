#include "models/onboardingcontroller.h"

#include "models/settingscontroller.h"

namespace cg {

OnboardingController::OnboardingController(SettingsController &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
}

void OnboardingController::next()
{
    goToStep(m_step + 1);
}

void OnboardingController::back()
{
    goToStep(m_step - 1);
}

void OnboardingController::goToStep(int step)
{
    if (step < AreaStep || step > PrivacyStep || step == m_step)
        return;
    m_step = step;
    emit stepChanged();
}

bool OnboardingController::finish()
{
    if (!m_settings.completeOnboarding())
        return false;
    goToStep(AreaStep);  // ready for a replay from More
    emit finished();
    return true;
}

int OnboardingController::stepForRoute(const QString &route)
{
    return int(routes().indexOf(route));
}

QStringList OnboardingController::routes()
{
    return {QStringLiteral("onboarding"), QStringLiteral("onboarding/situation"),
            QStringLiteral("onboarding/privacy")};
}

} // namespace cg
