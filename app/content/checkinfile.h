#pragma once

#include "core/checkin.h"
#include "core/validationissue.h"

#include <optional>

namespace cg {

struct CheckInFileResult {
    std::optional<CheckInDefinition> definition;  // empty when any error was found
    ValidationIssues issues;
};

// Reads content/checkin/checkin.json and checks it: stages from day 0 in order, every item with
// an id used once, its words, and two or more answers each scored 0 to 4 (or null for "nothing to
// measure"), and questions a parent can read (grade 8 or below).
CheckInFileResult readCheckIn(const QString &contentDir);

// What a well-kept check-in also needs: a review date in the last 12 months.
ValidationIssues reviewCheckIn(const CheckInDefinition &definition, QDate today);

} // namespace cg
