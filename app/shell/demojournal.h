#pragma once

#include <QDateTime>
#include <QString>

namespace cg {

class JournalStore;

// A few weeks of believable journal entries for the demo parent (separated, sharing care of the
// children with an ex): arguments mostly by text and about money or arrangements, some good
// days, most with a short note. Made up for this app; nothing here is a real person's. Written
// once, into an empty journal; nothing in it calls for the safety screen.
bool fillDemoJournal(JournalStore &store, const QDateTime &now, QString *error);

} // namespace cg
