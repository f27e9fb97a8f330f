#pragma once

#include "core/journalentry.h"
#include "core/journaltrends.h"

#include <QDate>
#include <QList>
#include <QString>

namespace cg {

// A readable summary of the journal for the parent to share with a practitioner: the patterns
// over the period and then each entry in it, as simple HTML that prints well (the app turns it
// into a PDF). Everything the parent wrote is escaped, so it always shows as text.
QString journalSummaryHtml(const QList<JournalEntry> &entries, const JournalTrends &trends, QDate today);

} // namespace cg
