#pragma once

#include "core/checkin.h"
#include "core/familysituation.h"

#include <QString>

namespace cg {

// What the parent chose at first run and in More → Settings. Statistics are off until the parent
// turns them on: the default here is the privacy promise, so keep it false.
struct AppSettings {
    bool onboardingComplete = false;
    QString areaCode;  // ONS code; empty means "prefer not to say"
    FamilySituation familySituation = FamilySituation::PreferNotToSay;
    bool statisticsConsent = false;
    // Set once the parent has reached the safety route (the end of the guide about abuse, the
    // safety screen from the button beside quick exit or from the short check, or the journal's
    // safety screen). From then on "try this together" exercises are never offered: they are
    // only safe for couples where nobody is afraid.
    bool safetyRouteSeen = false;
    // The code from a practitioner's recommendation the parent redeemed, as typed (empty for
    // none). Home reads it afresh against the guides and services the app has now, so an item a
    // newer pack dropped simply goes.
    QString recommendationCode;
    // Practitioner mode: the kind of agency the practitioner works for (a key from
    // agencyTypes()), or empty before they have said.
    QString practitionerAgency;
    CheckInSchedule checkIns;

    bool operator==(const AppSettings &) const = default;
};

} // namespace cg
