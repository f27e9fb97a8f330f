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
    return run(QStringLiteral("INSERT INTO stat_counts (week, metric, labels, value) VALUES (?, ?, ?, 1) "
                              "ON CONFLICT(week, metric, labels) DO UPDATE SET value = MIN(value + 1, ?)"),
               {week, metric, labelsText(labels), most});
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

bool SqliteStatisticsStore::removeAll()
{
    return run(QStringLiteral("DELETE FROM stat_counts"), {});
}

} // namespace cg
