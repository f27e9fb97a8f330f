#pragma once

#include "core/checkin.h"

#include <QList>
#include <QString>

#include <optional>

namespace cg {

// Where the parent's check-ins are kept. Their answers are private data, sealed like the journal:
// nothing is readable while the private data is locked.
class CheckInStore
{
public:
    virtual ~CheckInStore() = default;

    // Saves a new check-in (empty id: one is given). Returns the id, or nullopt with lastError()
    // set; a failed save leaves nothing half-written.
    virtual std::optional<QString> save(const CheckInRecord &record) = 0;
    // Deletes every check-in: the reset after a forgotten PIN, or the parent's own choice.
    virtual bool removeAll() = 0;
    // Every check-in, oldest first. Nullopt while locked or unreadable. One that does not open
    // (damaged on disk) is left out and counted in damagedCount().
    virtual std::optional<QList<CheckInRecord>> loadAll() = 0;
    virtual int damagedCount() const = 0;
    virtual QString lastError() const = 0;
};

} // namespace cg
