#pragma once

#include "core/journalentry.h"

#include <QList>
#include <QString>

#include <optional>

namespace cg {

// Where journal entries are kept. Stores seal every entry; nothing is readable while the private
// data is locked.
class JournalStore
{
public:
    virtual ~JournalStore() = default;

    // Saves a new entry (empty id: one is given) or replaces the one with its id. Returns the id,
    // or nullopt with lastError() set; a failed save leaves nothing half-written.
    virtual std::optional<QString> save(const JournalEntry &entry) = 0;
    virtual bool remove(const QString &id) = 0;
    // Deletes every entry: the reset after a forgotten PIN.
    virtual bool removeAll() = 0;
    // Every entry, oldest first. Nullopt while locked or unreadable. An entry that does not open
    // (damaged on disk) is left out and counted in damagedCount().
    virtual std::optional<QList<JournalEntry>> loadAll() = 0;
    virtual int damagedCount() const = 0;
    virtual QString lastError() const = 0;
};

} // namespace cg
