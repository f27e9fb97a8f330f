#pragma once

#include "core/checkin.h"

namespace cg {

class CheckInStore;
class SettingsController;

// Two check-ins for the demo parent, the first 95 days ago and the second four weeks later,
// with things a little better by the second, so the 3-month check-in is due today. Made up for
// this app; no answer in it calls for the safety route. Written once, into no check-ins.
bool fillDemoCheckIns(const CheckInDefinition &definition, CheckInStore &store, SettingsController &settings,
                      QDate today, QString *error);

} // namespace cg
