#pragma once

#include "core/checkinstore.h"

// Keeps check-ins in memory, and can be told to fail its saves like a full disk would, or to act
// locked.
class MemoryCheckInStore final : public cg::CheckInStore
{
public:
    std::optional<QString> save(const cg::CheckInRecord &record) override
    {
        if (failSaves || locked) {
            error = locked ? QStringLiteral("the private data is locked") : QStringLiteral("disk full");
            return std::nullopt;
        }
        cg::CheckInRecord kept = record;
        kept.id = QString::number(records.size() + 1);
        records << kept;
        return kept.id;
    }
    bool removeAll() override
    {
        records.clear();
        return true;
    }
    std::optional<QList<cg::CheckInRecord>> loadAll() override
    {
        if (locked)
            return std::nullopt;
        return records;
    }
    int damagedCount() const override { return 0; }
    QString lastError() const override { return error; }

    QList<cg::CheckInRecord> records;
    bool failSaves = false;
    bool locked = false;
    QString error;
};
