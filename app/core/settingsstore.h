#pragma once

#include "core/appsettings.h"

#include <QString>

namespace cg {

// Where the parent's settings live. The app uses SQLite; tests may use an in-memory database.
class SettingsStore
{
public:
    virtual ~SettingsStore() = default;

    virtual AppSettings load() const = 0;
    // Saves all settings at once, or nothing. Returns false and fills lastError() on failure, in
    // which case the previously saved settings are still intact.
    virtual bool save(const AppSettings &settings) = 0;
    virtual QString lastError() const = 0;
};

} // namespace cg
