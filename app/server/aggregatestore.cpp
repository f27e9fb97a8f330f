#include "server/aggregatestore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cg {
namespace {

// "No area" and "no labels" are stored as empty text: Qt binds a null QString as SQL NULL, which
// the keys refuse.
QString keyText(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

AggregateStore::AggregateStore(QSqlDatabase &db) : m_db(db) {}

AggregateStore::Outcome AggregateStore::fail(const QString &what)
{
    m_error = what;
    m_db.rollback();
    return Outcome::Failed;
}

AggregateStore::Outcome AggregateStore::add(const AcceptedReport &report, QDate today)
{
    m_error.clear();
    if (!m_db.transaction()) {
        m_error = m_db.lastError().text();
        return Outcome::Failed;
    }
    QSqlQuery remember(m_db);
    remember.prepare(QStringLiteral("INSERT INTO seen_reports (report_id, seen_on) VALUES (?, ?) "
                                    "ON CONFLICT (report_id) DO NOTHING"));
    remember.addBindValue(report.reportId);
    remember.addBindValue(today.toString(Qt::ISODate));
    if (!remember.exec())
        return fail(remember.lastError().text());
    if (remember.numRowsAffected() == 0) {
        m_db.rollback();
        return Outcome::AlreadySeen;
    }
    if (!addCounts(report))
        return fail(m_error);
    if (!m_db.commit())
        return fail(m_db.lastError().text());
    return Outcome::Added;
}

bool AggregateStore::addCounts(const AcceptedReport &report)
{
    QSqlQuery reports(m_db);
    reports.prepare(QStringLiteral("INSERT INTO reports_per_week (area, week, reports) VALUES (?, ?, 1) "
                                   "ON CONFLICT (area, week) DO UPDATE SET reports = reports_per_week.reports + 1"));
    reports.addBindValue(keyText(report.areaCode));
    reports.addBindValue(report.week);
    if (!reports.exec()) {
        m_error = reports.lastError().text();
        return false;
    }
    QSqlQuery counts(m_db);
    counts.prepare(QStringLiteral("INSERT INTO aggregates (area, week, metric, labels, total) VALUES (?, ?, ?, ?, ?) "
                                  "ON CONFLICT (area, week, metric, labels) DO UPDATE SET total = aggregates.total + excluded.total"));
    for (const WeeklyCount &count : report.counts) {
        counts.addBindValue(keyText(report.areaCode));
        counts.addBindValue(report.week);
        counts.addBindValue(count.metric);
        counts.addBindValue(keyText(labelsKey(count.labels)));
        counts.addBindValue(count.value);
        if (!counts.exec()) {
            m_error = counts.lastError().text();
            return false;
        }
    }
    return true;
}

bool AggregateStore::forgetIdsOlderThan(QDate today, int days)
{
    QSqlQuery forget(m_db);
    forget.prepare(QStringLiteral("DELETE FROM seen_reports WHERE seen_on < ?"));
    forget.addBindValue(today.addDays(-days).toString(Qt::ISODate));
    if (!forget.exec()) {
        m_error = forget.lastError().text();
        return false;
    }
    return true;
}

} // namespace cg
