#include "server/aggregatestore.h"

#include <QSqlError>
#include <QSqlQuery>

#include <map>
#include <numeric>
#include <tuple>

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

QList<AggregateStore::Outcome> AggregateStore::fail(const QString &what, qsizetype reports)
{
    m_error = what;
    m_db.rollback();
    return QList<Outcome>(reports, Outcome::Failed);
}

AggregateStore::Outcome AggregateStore::add(const AcceptedReport &report, QDate today)
{
    return addAll({report}, today).first();
}

QList<AggregateStore::Outcome> AggregateStore::addAll(const QList<AcceptedReport> &reports, QDate today)
{
    m_error.clear();
    QList<Outcome> outcomes(reports.size(), Outcome::Failed);
    if (!m_db.transaction()) {
        m_error = m_db.lastError().text();
        return outcomes;
    }
    QList<qsizetype> byId(reports.size());
    std::iota(byId.begin(), byId.end(), 0);
    std::sort(byId.begin(), byId.end(), [&](qsizetype a, qsizetype b) { return reports.at(a).reportId < reports.at(b).reportId; });

    // The batch's counts added up first: one statement per row touched, not per count.
    std::map<std::pair<QString, QString>, qint64> perWeek;
    std::map<std::tuple<QString, QString, QString, QString>, qint64> totals;
    QSqlQuery remember(m_db);
    remember.prepare(QStringLiteral("INSERT INTO seen_reports (report_id, seen_on) VALUES (?, ?) "
                                    "ON CONFLICT (report_id) DO NOTHING"));
    for (qsizetype index : std::as_const(byId)) {
        const AcceptedReport &report = reports.at(index);
        remember.addBindValue(report.reportId);
        remember.addBindValue(today.toString(Qt::ISODate));
        if (!remember.exec())
            return fail(remember.lastError().text(), reports.size());
        if (remember.numRowsAffected() == 0) {
            outcomes[index] = Outcome::AlreadySeen;
            continue;
        }
        outcomes[index] = Outcome::Added;
        const QString area = keyText(report.areaCode);
        ++perWeek[{area, report.week}];
        for (const WeeklyCount &count : report.counts)
            totals[{area, report.week, count.metric, keyText(labelsKey(count.labels))}] += count.value;
    }
    QSqlQuery reportsUpsert(m_db);
    reportsUpsert.prepare(QStringLiteral("INSERT INTO reports_per_week (area, week, reports) VALUES (?, ?, ?) "
                                         "ON CONFLICT (area, week) DO UPDATE SET reports = reports_per_week.reports + excluded.reports"));
    for (const auto &[key, added] : perWeek) {
        reportsUpsert.addBindValue(key.first);
        reportsUpsert.addBindValue(key.second);
        reportsUpsert.addBindValue(added);
        if (!reportsUpsert.exec())
            return fail(reportsUpsert.lastError().text(), reports.size());
    }
    QSqlQuery countsUpsert(m_db);
    countsUpsert.prepare(QStringLiteral("INSERT INTO aggregates (area, week, metric, labels, total) VALUES (?, ?, ?, ?, ?) "
                                        "ON CONFLICT (area, week, metric, labels) DO UPDATE SET total = aggregates.total + excluded.total"));
    for (const auto &[key, added] : totals) {
        countsUpsert.addBindValue(std::get<0>(key));
        countsUpsert.addBindValue(std::get<1>(key));
        countsUpsert.addBindValue(std::get<2>(key));
        countsUpsert.addBindValue(std::get<3>(key));
        countsUpsert.addBindValue(added);
        if (!countsUpsert.exec())
            return fail(countsUpsert.lastError().text(), reports.size());
    }
    // The country's rows: the same counts, whatever their area.
    std::map<std::tuple<QString, QString, QString>, qint64> national;
    for (const auto &[key, added] : totals)
        national[{std::get<1>(key), std::get<2>(key), std::get<3>(key)}] += added;
    QSqlQuery nationalUpsert(m_db);
    nationalUpsert.prepare(QStringLiteral("INSERT INTO national_aggregates (week, metric, labels, total) VALUES (?, ?, ?, ?) "
                                          "ON CONFLICT (week, metric, labels) DO UPDATE SET total = national_aggregates.total + excluded.total"));
    for (const auto &[key, added] : national) {
        nationalUpsert.addBindValue(std::get<0>(key));
        nationalUpsert.addBindValue(std::get<1>(key));
        nationalUpsert.addBindValue(std::get<2>(key));
        nationalUpsert.addBindValue(added);
        if (!nationalUpsert.exec())
            return fail(nationalUpsert.lastError().text(), reports.size());
    }
    if (!m_db.commit())
        return fail(m_db.lastError().text(), reports.size());
    return outcomes;
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
