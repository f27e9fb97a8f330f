#include "core/journalsafety.h"

namespace cg {

const QList<JournalSafetyRule> &journalSafetyRules()
{
    // Anything that signals harm, fear or coercive control goes to safety. Things thrown or
    // broken may be frightening or may not, so the parent is asked rather than assumed about.
    static const QList<JournalSafetyRule> rules{
        {"threats", JournalResponse::Safety},
        {"pushed-or-hurt", JournalResponse::Safety},
        {"felt-afraid", JournalResponse::Safety},
        {"stopped-seeing-people-or-using-money", JournalResponse::Safety},
        {"phone-checked-or-tracked", JournalResponse::Safety},
        {"things-thrown-or-broken", JournalResponse::FollowUp},
    };
    return rules;
}

JournalResponse journalResponse(const QStringList &happened)
{
    JournalResponse strongest = JournalResponse::Advice;
    for (const JournalSafetyRule &rule : journalSafetyRules()) {
        if (happened.contains(QLatin1String(rule.happening)) && int(rule.response) > int(strongest))
            strongest = rule.response;
    }
    return strongest;
}

} // namespace cg
