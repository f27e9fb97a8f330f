#pragma once

#include "core/journalentry.h"
#include "core/journaltrends.h"

#include <QList>
#include <QString>

namespace cg {

// A pattern in the parent's own entries, said in plain, kind words, with the guide that helps
// with it. Insights never blame anyone and never judge the parent.
struct JournalInsight {
    QString text;
    QString moduleId;  // the guide to open; empty for words of encouragement alone
    bool operator==(const JournalInsight &) const = default;
};

// The insights for one period, most useful first, at most one per guide. `recent` is every
// argument and good day in the period, oldest first (as JournalStore::loadAll gives them).
// When anything in the period called for the safety screen (journalResponse), the first insight
// points to the conflict-or-abuse guide, and no insight suggests working on it together or calming
// things down.
QList<JournalInsight> journalInsights(const QList<JournalEntry> &recent, const JournalTrends &trends);

} // namespace cg
