#pragma once

#include "core/settingsstore.h"

// Keeps settings in memory, and can be told to fail its next saves like a full disk would.
class MemorySettingsStore final : public cg::SettingsStore
{
public:
    std::optional<cg::AppSettings> load() const override { return stored; }
    bool save(const cg::AppSettings &settings) override
    {
        if (failSaves) {
            error = QStringLiteral("disk full");
            return false;
        }
        stored = settings;
        ++saves;
        return true;
    }
    QString lastError() const override { return error; }

    cg::AppSettings stored;
    bool failSaves = false;
    int saves = 0;
    QString error;
};
