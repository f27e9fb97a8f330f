#pragma once

#include "core/journalentry.h"

#include <QByteArray>
#include <QList>

namespace cg {

// Every entry as one spreadsheet row, oldest first, for the parent to share with a practitioner:
// CSV (RFC 4180) in UTF-8 with a byte-order mark so spreadsheet apps show every letter, answers in
// words rather than keys, several answers joined by "; ". A cell that a spreadsheet would run as
// a formula (starting = + - @) is kept as text.
QByteArray journalToCsv(const QList<JournalEntry> &entries);

} // namespace cg
