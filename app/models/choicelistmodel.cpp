#include "models/choicelistmodel.h"

#include "models/settingscontroller.h"

namespace cg {

ChoiceListModel::ChoiceListModel(SettingsController &settings, QObject *parent)
    : QAbstractListModel(parent)
    , m_settings(settings)
{
    connect(&m_settings, &SettingsController::changed, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0), index(rowCount() - 1), {SelectedRole});
    });
}

int ChoiceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : choiceCount();
}

QVariant ChoiceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case KeyRole:
        return keyAt(index.row());
    case LabelRole:
    case Qt::DisplayRole:
        return labelAt(index.row());
    case SelectedRole:
        return keyAt(index.row()) == chosenKey();
    default:
        return {};
    }
}

bool ChoiceListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != SelectedRole || !value.toBool()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    return choose(keyAt(index.row()));
}

Qt::ItemFlags ChoiceListModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractListModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsEditable : base;
}

QHash<int, QByteArray> ChoiceListModel::roleNames() const
{
    return {{KeyRole, "key"}, {LabelRole, "label"}, {SelectedRole, "selected"}};
}

} // namespace cg
