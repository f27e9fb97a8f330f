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

// Rows added to in one statement: far fewer round trips and statements than one per row, and well
// under both engines' limits on bound values.
constexpr qsizetype kRowsPerStatement = 100;

// Adds each row's last value to `valueColumn` of the row with its keys in `table`, making rows that
// are not there yet: a few multi-row upserts. The keys must be distinct (PostgreSQL refuses to
// update one row twice in a statement) and in key order, so concurrent servers lock in one order.
bool addToRows(QSqlDatabase &db, const QString &table, const QStringList &keyColumns, const QString &valueColumn,
               const QList<QVariantList> &rows, QString *error)
{
    const QString tuple = QLatin1Char('(') + QStringList(keyColumns.size() + 1, QStringLiteral("?")).join(QLatin1Char(','))
        + QLatin1Char(')');
    for (qsizetype first = 0; first < rows.size(); first += kRowsPerStatement) {
        const qsizetype count = std::min(kRowsPerStatement, rows.size() - first);
        QSqlQuery upsert(db);
        upsert.prepare(QStringLiteral("INSERT INTO %1 (%2, %3) VALUES %4 ON CONFLICT (%2) DO UPDATE SET %3 = %1.%3 + excluded.%3")
                           .arg(table, keyColumns.join(QStringLiteral(", ")), valueColumn,
                                QStringList(count, tuple).join(QLatin1Char(','))));
        for (qsizetype row = first; row < first + count; ++row) {
            for (const QVariant &value : rows.at(row))
                upsert.addBindValue(value);
        }
        if (!upsert.exec()) {
            *error = upsert.lastError().text();
            return false;
        }
    }
    return true;
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

    // The batch's counts added up first, then added to their rows a hundred rows at a time.
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
    QList<QVariantList> weekRows;
    for (const auto &[key, added] : perWeek)
        weekRows << QVariantList{key.first, key.second, added};
    QList<QVariantList> countRows;
    // The country's rows: the same counts, whatever their area.
    std::map<std::tuple<QString, QString, QString>, qint64> national;
    for (const auto &[key, added] : totals) {
        countRows << QVariantList{std::get<0>(key), std::get<1>(key), std::get<2>(key), std::get<3>(key), added};
        national[{std::get<1>(key), std::get<2>(key), std::get<3>(key)}] += added;
    }
    QList<QVariantList> nationalRows;
    for (const auto &[key, added] : national)
        nationalRows << QVariantList{std::get<0>(key), std::get<1>(key), std::get<2>(key), added};
    QString error;
    if (!addToRows(m_db, QStringLiteral("reports_per_week"), {QStringLiteral("area"), QStringLiteral("week")},
                   QStringLiteral("reports"), weekRows, &error)
        || !addToRows(m_db, QStringLiteral("aggregates"),
                      {QStringLiteral("area"), QStringLiteral("week"), QStringLiteral("metric"), QStringLiteral("labels")},
                      QStringLiteral("total"), countRows, &error)
        || !addToRows(m_db, QStringLiteral("national_aggregates"),
                      {QStringLiteral("week"), QStringLiteral("metric"), QStringLiteral("labels")}, QStringLiteral("total"),
                      nationalRows, &error))
        return fail(error, reports.size());
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
