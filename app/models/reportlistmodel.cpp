#include "models/reportlistmodel.h"

#include "core/isoweek.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace cg {

ReportListModel::ReportListModel(const MetricRegistry &registry, QObject *parent)
    : QAbstractListModel(parent)
    , m_registry(registry)
{
}

void ReportListModel::show(const QList<PendingReport> &waiting, const QList<SentReport> &sent)
{
    beginResetModel();
    m_rows.clear();
    for (const PendingReport &report : waiting)
        m_rows.append({report, std::nullopt});
    for (const SentReport &report : sent)
        m_rows.append({report.report, report.sentOn});
    // Newest week first; within a week, what waits before what went.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        return a.report.week > b.report.week;
    });
    endResetModel();
}

int ReportListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QStringList ReportListModel::countsInWords(const MetricRegistry &registry, const QByteArray &body)
{
    QStringList lines;
    for (const QJsonValue &value : QJsonDocument::fromJson(body).object().value(QStringLiteral("counts")).toArray()) {
        const QJsonObject count = value.toObject();
        const QString name = count.value(QStringLiteral("metric")).toString();
        const Metric *metric = registry.find(name);
        QStringList labels;
        const QJsonObject given = count.value(QStringLiteral("labels")).toObject();
        for (auto label = given.constBegin(); label != given.constEnd(); ++label)
            labels << label->toString();
        const QString what = metric && !metric->title.isEmpty() ? metric->title : name;
        const QString number = QString::number(count.value(QStringLiteral("value")).toInteger());
        lines << (labels.isEmpty() ? tr("%1: %2").arg(what, number)
                                   : tr("%1: %2 (%3)").arg(what, labels.join(QStringLiteral(", ")), number));
    }
    return lines;
}

QVariant ReportListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case HeadingRole: {
        const std::optional<QDate> monday = isoWeekMonday(row.report.week);
        return monday ? tr("The week of %1").arg(locale.toString(*monday, QStringLiteral("d MMMM yyyy"))) : row.report.week;
    }
    case StatusRole:
        return row.sentOn ? tr("Sent on %1").arg(locale.toString(*row.sentOn, QStringLiteral("d MMMM yyyy")))
                          : tr("Waiting to be sent");
    case WordsRole: return countsInWords(m_registry, row.report.body).join(u'\n');
    case JsonRole: return QString::fromUtf8(row.report.body);
    default: return {};
    }
}

QHash<int, QByteArray> ReportListModel::roleNames() const
{
    return {{HeadingRole, "weekTitle"}, {StatusRole, "sentStatus"}, {WordsRole, "countWords"}, {JsonRole, "reportJson"}};
}

} // namespace cg
