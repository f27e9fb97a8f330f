#pragma once

#include "core/checkin.h"

namespace cg {

// One measure across the parent's check-ins, for the progress screen.
struct MeasurePoint {
    QDate takenOn;
    QString answer;            // the words chosen
    std::optional<int> score;  // none for an answer with nothing to measure
};

struct MeasureProgress {
    CheckInItem item;
    QList<MeasurePoint> points;  // every check-in that answered it, oldest first
    // From the first scored answer to the latest one; none until there are two.
    std::optional<Band> change;
    QDate since;  // the day of the first scored answer
};

// Every measure of `definition`, in its order, across `records` (oldest first).
QList<MeasureProgress> measureProgress(const CheckInDefinition &definition, const QList<CheckInRecord> &records);

} // namespace cg
