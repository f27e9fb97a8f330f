#include "storage/sqlitestatisticsstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace cg {
namespace {

// QJsonObject keeps its keys in order, so equal labels always give equal text.
QString labelsText(const QHash<QString, QString> &labels)
{
    QJsonObject object;
    for (auto label = labels.cbegin(); label != labels.cend(); ++label)
        object.insert(label.key(), label.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QHash<QString, QString> labelsFromText(const QString &text)
{
    QHash<QString, QString> labels;
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto label = object.constBegin(); label != object.constEnd(); ++label)
        labels.insert(label.key(), label->toString());
    return labels;
}

} // namespace

SqliteStatisticsStore::SqliteStatisticsStore(QSqlDatabase &db)
    : m_db(db)
{
}

bool SqliteStatisticsStore::run(const QString &statement, const QVariantList &values)
{
    m_error.clear();
    QSqlQuery query(m_db);
    query.prepare(statement);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

bool SqliteStatisticsStore::add(const QString &week, const QString &metric, const QHash<QString, QString> &labels,
                                int most)
{
    const QString text = labelsText(labels);
    const QString filed = QStringLiteral(
        "COALESCE((SELECT value FROM stat_filed WHERE week = ? AND metric = ? AND labels = ?), 0)");
    return run(QStringLiteral("INSERT INTO stat_counts (week, metric, labels, value) SELECT ?, ?, ?, 1 WHERE %1 < ? "
                              "ON CONFLICT(week, metric, labels) DO UPDATE SET value = MIN(value + 1, ? - %1)")
                   .arg(filed),
               {week, metric, text, week, metric, text, most, most, week, metric, text});
}

std::optional<QStringList> SqliteStatisticsStore::weeks()
{
    m_error.clear();
    QSqlQuery query(m_db);
    // "YYYY-Www" sorts as text in time order.
    if (!query.exec(QStringLiteral("SELECT DISTINCT week FROM stat_counts ORDER BY week"))) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    QStringList weeks;
    while (query.next())
        weeks << query.value(0).toString();
    return weeks;
}

std::optional<QList<WeeklyCount>> SqliteStatisticsStore::countsFor(const QString &week)
{
    m_error.clear();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT metric, labels, value FROM stat_counts WHERE week = ? ORDER BY metric, labels"));
    query.addBindValue(week);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    QList<WeeklyCount> counts;
    while (query.next())
        counts.append({query.value(0).toString(), labelsFromText(query.value(1).toString()), query.value(2).toInt()});
    return counts;
}

bool SqliteStatisticsStore::removeWeek(const QString &week)
{
    return run(QStringLiteral("DELETE FROM stat_counts WHERE week = ?"), {week});
}

bool SqliteStatisticsStore::inTransaction(const std::function<bool()> &steps)
{
    if (!m_db.transaction()) {
        m_error = m_db.lastError().text();
        return false;
    }
    if (!steps()) {
        const QString error = m_error;
        m_db.rollback();
        m_error = error;
        return false;
    }
    if (!m_db.commit()) {
        m_error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

bool SqliteStatisticsStore::fileReport(const PendingReport &report, const QList<WeeklyCount> &counts, int outboxBound)
{
    return inTransaction([&] {
        if (!run(QStringLiteral("INSERT INTO stat_outbox (report_id, week, body) VALUES (?, ?, ?)"),
                 {report.reportId, report.week, QString::fromUtf8(report.body)})
            || !run(QStringLiteral("DELETE FROM stat_counts WHERE week = ?"), {report.week})
            || !run(QStringLiteral("DELETE FROM stat_filed WHERE week < ?"), {report.week}))
            return false;
        for (const WeeklyCount &count : counts) {
            if (!run(QStringLiteral("INSERT INTO stat_filed (week, metric, labels, value) VALUES (?, ?, ?, ?) "
                                    "ON CONFLICT(week, metric, labels) DO UPDATE SET value = value + excluded.value"),
                     {report.week, count.metric, labelsText(count.labels), count.value}))
                return false;
        }
        // Oldest week first; "YYYY-Www" sorts in time order.
        const QString beyondBound = QStringLiteral(
            "SELECT report_id FROM stat_outbox ORDER BY week DESC, rowid DESC LIMIT -1 OFFSET ?");
        return run(QStringLiteral("UPDATE stat_outbox_dropped SET dropped = dropped + "
                                  "(SELECT COUNT(*) FROM (%1))").arg(beyondBound), {outboxBound})
            && run(QStringLiteral("DELETE FROM stat_outbox WHERE report_id IN (%1)").arg(beyondBound), {outboxBound});
    });
}

std::optional<QList<PendingReport>> SqliteStatisticsStore::pendingReports()
{
    m_error.clear();
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT report_id, week, body FROM stat_outbox ORDER BY week, rowid"))) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    QList<PendingReport> reports;
    while (query.next())
        reports.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString().toUtf8()});
    return reports;
}

bool SqliteStatisticsStore::removeReport(const QString &reportId)
{
    return run(QStringLiteral("DELETE FROM stat_outbox WHERE report_id = ?"), {reportId});
}

bool SqliteStatisticsStore::markSent(const QString &reportId, QDate sentOn, int keep)
{
    return inTransaction([&] {
        return run(QStringLiteral("INSERT OR REPLACE INTO stat_sent (report_id, week, body, sent_on) "
                                  "SELECT report_id, week, body, ? FROM stat_outbox WHERE report_id = ?"),
                   {sentOn.toString(Qt::ISODate), reportId})
            && run(QStringLiteral("DELETE FROM stat_outbox WHERE report_id = ?"), {reportId})
            && run(QStringLiteral("DELETE FROM stat_sent WHERE report_id IN (SELECT report_id FROM stat_sent "
                                  "ORDER BY week DESC, sent_on DESC, report_id LIMIT -1 OFFSET ?)"),
                   {keep});
    });
}

std::optional<QList<SentReport>> SqliteStatisticsStore::sentReports()
{
    m_error.clear();
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT report_id, week, body, sent_on FROM stat_sent "
                                   "ORDER BY week DESC, sent_on DESC, report_id"))) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    QList<SentReport> reports;
    while (query.next()) {
        reports.append({{query.value(0).toString(), query.value(1).toString(), query.value(2).toString().toUtf8()},
                        QDate::fromString(query.value(3).toString(), Qt::ISODate)});
    }
    return reports;
}

std::optional<int> SqliteStatisticsStore::droppedCount()
{
    m_error.clear();
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT dropped FROM stat_outbox_dropped")) || !query.next()) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    return query.value(0).toInt();
}

bool SqliteStatisticsStore::removeAll()
{
    return inTransaction([this] {
        return run(QStringLiteral("DELETE FROM stat_counts"), {}) && run(QStringLiteral("DELETE FROM stat_outbox"), {})
            && run(QStringLiteral("DELETE FROM stat_sent"), {}) && run(QStringLiteral("DELETE FROM stat_filed"), {});
    });
}

} // namespace cg
