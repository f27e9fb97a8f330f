#pragma once

#include "core/appsettings.h"

#include <QString>

#include <optional>

namespace cg {

// Where the parent's settings live. The app uses SQLite; tests may use an in-memory database.
class SettingsStore
{
public:
    virtual ~SettingsStore() = default;

    // The saved settings, or nothing when they cannot be read (lastError() says why). A store
    // that has never been saved to gives the defaults.
    virtual std::optional<AppSettings> load() const = 0;
    // Saves all settings at once, or nothing. Returns false and fills lastError() on failure, in
    // which case the previously saved settings are still intact.
    virtual bool save(const AppSettings &settings) = 0;
    virtual QString lastError() const = 0;
};

} // namespace cg
