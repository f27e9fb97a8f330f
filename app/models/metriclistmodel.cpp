#include "models/metriclistmodel.h"

namespace cg {

MetricListModel::MetricListModel(const MetricRegistry &registry, QObject *parent)
    : QAbstractListModel(parent)
    , m_registry(registry)
{
}

int MetricListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_registry.metrics.size());
}

QVariant MetricListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Metric &metric = m_registry.metrics.at(index.row());
    switch (role) {
    case TitleRole: return metric.title;
    case DescriptionRole: return metric.description;
    case WhyRole: return metric.why;
    default: return {};
    }
}

QHash<int, QByteArray> MetricListModel::roleNames() const
{
    return {{TitleRole, "title"}, {DescriptionRole, "description"}, {WhyRole, "why"}};
}

} // namespace cg
