#pragma once

#include "core/settingsstore.h"

#include <QSqlDatabase>

namespace cg {

class SqliteSettingsStore final : public SettingsStore
{
public:
    explicit SqliteSettingsStore(QSqlDatabase db);

    std::optional<AppSettings> load() const override;
    bool save(const AppSettings &settings) override;
    QString lastError() const override { return m_error; }

private:
    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace cg
