#pragma once

#include "server/acceptedreport.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

namespace cg {

// Adds accepted reports to the aggregates (area x week x metric x labels -> sum, the same for the
// whole country, and reports per area x week) and remembers report ids for 30 days so a report sent again is counted once.
// Remembering the id and adding the counts happen in one transaction: a crash leaves either all
// of a report counted or none of it. Several reports may share one transaction (group commit), so
// one flush to disk makes them all durable.
class AggregateStore
{
public:
    explicit AggregateStore(QSqlDatabase &db);

    enum class Outcome {
        Added,        // counted now
        AlreadySeen,  // counted before (a retry whose answer was lost): nothing changed
        Failed,       // nothing changed; lastError() says why
    };
    Outcome add(const AcceptedReport &report, QDate today);

    // Adds every report in one transaction: each is Added or AlreadySeen (also when the same id
    // comes twice in `reports`); when anything fails, nothing of any of them is kept and each is
    // Failed. Ids are remembered, and counts added, in key order, so servers sharing a PostgreSQL
    // take row locks in the same order and never deadlock on each other.
    QList<Outcome> addAll(const QList<AcceptedReport> &reports, QDate today);

    // Forgets the ids of reports first seen more than `days` days before `today`.
    bool forgetIdsOlderThan(QDate today, int days);

    QString lastError() const { return m_error; }

private:
    QList<Outcome> fail(const QString &what, qsizetype reports);

    QSqlDatabase &m_db;
    QString m_error;
};

// How long a report id is remembered: far longer than a phone keeps retrying one report.
inline constexpr int kSeenReportDays = 30;

} // namespace cg
