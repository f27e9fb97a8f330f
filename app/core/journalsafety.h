#pragma once

#include <QString>
#include <QStringList>

namespace cg {

// What the journal does after an entry is saved, decided only from what happened. When the
// entry names harm, fear or control, the parent sees the safety screen (calm words, not their
// fault, who to call) instead of advice, and couple exercises stop being offered.
enum class JournalResponse {
    Advice,     // the usual insights and guides
    FollowUp,   // one gentle question first (things thrown or broken: "were you afraid?")
    Safety,     // the safety screen instead of advice
};

// One rule: if an entry's "what happened" holds `happening`, respond with `response`. The rules
// are a table (journalSafetyRules()) so they can be read, reviewed and tested one by one.
struct JournalSafetyRule {
    const char *happening;
    JournalResponse response;
};

// Every rule, in one place.
const QList<JournalSafetyRule> &journalSafetyRules();

// The strongest response any of `happened` calls for: Safety over FollowUp over Advice.
JournalResponse journalResponse(const QStringList &happened);

} // namespace cg
