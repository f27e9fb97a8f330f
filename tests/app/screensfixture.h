#pragma once

#include "memorysettingsstore.h"
#include "models/navigationcontroller.h"
#include "models/onboardingcontroller.h"
#include "models/settingscontroller.h"

// The screen controllers wired as the app wires them, over settings kept in memory.
struct ScreensFixture {
    MemorySettingsStore store;
    cg::SettingsController settings{store, {}, store.stored};
    cg::OnboardingController onboarding{settings};
    cg::NavigationController navigation{settings, onboarding};
};
