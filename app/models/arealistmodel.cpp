#include "models/arealistmodel.h"

#include "models/settingscontroller.h"

namespace cg {

AreaListModel::AreaListModel(QList<Area> areas, SettingsController &settings, QObject *parent)
    : QAbstractListModel(parent)
    , m_areas(std::move(areas))
    , m_settings(settings)
{
    connect(&m_settings, &SettingsController::changed, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0), index(rowCount() - 1), {SelectedRole});
    });
}

int AreaListModel::rowCount(const QModelIndex &parent) const
{
    // The last row is "prefer not to say".
    return parent.isValid() ? 0 : int(m_areas.size()) + 1;
}

QString AreaListModel::codeAt(int row) const
{
    return row < m_areas.size() ? m_areas.at(row).code : QString();
}

QVariant AreaListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    switch (role) {
    case KeyRole:
        return codeAt(row);
    case LabelRole:
    case Qt::DisplayRole:
        return row < m_areas.size() ? m_areas.at(row).name : tr("I'd prefer not to say");
    case SelectedRole:
        return codeAt(row) == m_settings.areaCode();
    default:
        return {};
    }
}

bool AreaListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != SelectedRole || !value.toBool()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    return m_settings.chooseArea(codeAt(index.row()));
}

Qt::ItemFlags AreaListModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? QAbstractListModel::flags(index) | Qt::ItemIsEditable : QAbstractListModel::flags(index);
}

QHash<int, QByteArray> AreaListModel::roleNames() const
{
    return {{KeyRole, "key"}, {LabelRole, "label"}, {SelectedRole, "selected"}};
}

} // namespace cg
