#include "server/quarterexport.h"

#include "core/disclosurecontrol.h"
#include "core/isoweek.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

namespace cg {
namespace {

// A CSV field, quoted when it holds a comma, a quote or a line break.
QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

} // namespace

QuarterExport exportQuarter(QSqlDatabase &db, const MetricRegistry &registry, const QString &areaCode,
                            const QString &quarter)
{
    const std::optional<WeekRange> weeks = isoWeeksOfQuarter(quarter);
    if (!weeks)
        return {{}, QStringLiteral("the quarter must be written YYYY-Qn, such as 2026-Q3, not '%1'").arg(quarter)};
    // Keyed by metric, then labels, so the lines come out in a stable order.
    QMap<QString, QMap<QString, qint64>> totals;
    for (const Metric &metric : registry.metrics) {
        if (metric.labels.isEmpty())
            totals[metric.name][QString()] = 0;
    }
    QSqlQuery query(db);
    // "YYYY-Www" sorts as text in time order, so the quarter is one range.
    query.prepare(QStringLiteral("SELECT metric, labels, SUM(total) FROM aggregates "
                                 "WHERE area = ? AND week >= ? AND week <= ? GROUP BY metric, labels"));
    query.addBindValue(areaCode);
    query.addBindValue(weeks->first);
    query.addBindValue(weeks->last);
    if (!query.exec())
        return {{}, query.lastError().text()};
    while (query.next())
        totals[query.value(0).toString()][query.value(1).toString()] = query.value(2).toLongLong();
    QString csv = QStringLiteral("area,period,metric,labels,value\n");
    for (auto metric = totals.cbegin(); metric != totals.cend(); ++metric) {
        for (auto labels = metric->cbegin(); labels != metric->cend(); ++labels) {
            csv += QStringLiteral("%1,%2,%3,%4,%5\n")
                       .arg(csvField(areaCode), csvField(quarter), csvField(metric.key()), csvField(labels.key()),
                            publishFigure(labels.value()).text());
        }
    }
    return {csv.toUtf8(), {}};
}

} // namespace cg
