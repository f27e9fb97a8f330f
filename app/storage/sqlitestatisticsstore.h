#pragma once

#include "core/statisticsstore.h"

#include <QSqlDatabase>

namespace cg {

// The weekly counts in SQLite (table stat_counts).
class SqliteStatisticsStore : public StatisticsStore
{
public:
    explicit SqliteStatisticsStore(QSqlDatabase &db);

    bool add(const QString &week, const QString &metric, const QHash<QString, QString> &labels, int most) override;
    std::optional<QStringList> weeks() override;
    std::optional<QList<WeeklyCount>> countsFor(const QString &week) override;
    bool removeWeek(const QString &week) override;
    bool removeAll() override;
    QString lastError() const override { return m_error; }

private:
    bool run(const QString &statement, const QVariantList &values);

    QSqlDatabase &m_db;
    QString m_error;
};

} // namespace cg
