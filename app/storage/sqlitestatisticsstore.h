#pragma once

#include "core/statisticsstore.h"

#include <QSqlDatabase>

#include <functional>

namespace cg {

// The weekly counts (stat_counts), the outbox (stat_outbox) and the sent list (stat_sent) in SQLite.
class SqliteStatisticsStore : public StatisticsStore
{
public:
    explicit SqliteStatisticsStore(QSqlDatabase &db);

    bool add(const QString &week, const QString &metric, const QHash<QString, QString> &labels, int most) override;
    std::optional<QStringList> weeks() override;
    std::optional<QList<WeeklyCount>> countsFor(const QString &week) override;
    bool removeWeek(const QString &week) override;
    bool fileReport(const PendingReport &report, const QList<WeeklyCount> &counts, int outboxBound) override;
    std::optional<QList<PendingReport>> pendingReports() override;
    bool removeReport(const QString &reportId) override;
    bool markSent(const QString &reportId, QDate sentOn, int keep) override;
    std::optional<QList<SentReport>> sentReports() override;
    std::optional<int> droppedCount() override;
    bool removeAll() override;
    QString lastError() const override { return m_error; }

private:
    bool run(const QString &statement, const QVariantList &values);
    // Runs `steps` in one transaction: all of them, or (rolled back) none.
    bool inTransaction(const std::function<bool()> &steps);

    QSqlDatabase &m_db;
    QString m_error;
};

} // namespace cg
