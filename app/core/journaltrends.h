#pragma once

#include "core/journalentry.h"

#include <QDate>
#include <QList>
#include <QString>

namespace cg {

// How often a key (a topic, a channel, a part of the day) came up among the arguments.
struct JournalTally {
    QString key;
    int count = 0;
    bool operator==(const JournalTally &) const = default;
};

// One 7-day block of the period, oldest first. The last block ends on `today`.
struct JournalWeek {
    QDate firstDay;
    int arguments = 0;
    int goodDays = 0;
    double averageHeat = 0;  // 0 when there were no arguments that week
    bool operator==(const JournalWeek &) const = default;
};

// What the journal shows on its trends screen for the last `weeks` weeks: the 7 * weeks days
// ending with `today` (today included), by the entry's local date.
struct JournalTrends {
    int weeks = 0;
    int arguments = 0;
    int goodDays = 0;
    double argumentsPerWeek = 0;
    double averageHeat = 0;      // over arguments with a heat; 0 when none
    int sortedOut = 0;           // arguments that ended "sorted-out" or "made-up-later"
    int childrenPresent = 0;     // arguments the children were there for, saw or heard
    QList<JournalTally> topics;      // most first, then in choice order; only counts above 0
    QList<JournalTally> channels;    // the same for how it happened
    QList<JournalTally> timesOfDay;  // the same for morning / afternoon / evening / night
    QList<JournalWeek> byWeek;       // exactly `weeks` blocks

    // Shares of the arguments, 0 when there were none.
    double sortedOutShare() const { return arguments ? double(sortedOut) / arguments : 0; }
    double childrenPresentShare() const { return arguments ? double(childrenPresent) / arguments : 0; }
};

// `entries` in any order. Entries outside the period are ignored.
JournalTrends journalTrends(const QList<JournalEntry> &entries, QDate today, int weeks);

} // namespace cg
