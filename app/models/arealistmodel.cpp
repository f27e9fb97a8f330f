#include "models/arealistmodel.h"

namespace cg {

AreaListModel::AreaListModel(QList<Area> areas, QObject *parent)
    : QAbstractListModel(parent)
    , m_areas(std::move(areas))
{
}

int AreaListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_areas.size());
}

QVariant AreaListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Area &area = m_areas.at(index.row());
    switch (role) {
    case CodeRole:
        return area.code;
    case NameRole:
    case Qt::DisplayRole:
        return area.name;
    default:
        return {};
    }
}

QHash<int, QByteArray> AreaListModel::roleNames() const
{
    return {{CodeRole, "code"}, {NameRole, "name"}};
}

} // namespace cg
