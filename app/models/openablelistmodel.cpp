#include "models/openablelistmodel.h"

namespace cg {

bool OpenableListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != openedRole() || !value.toBool()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    openRow(index.row());
    return true;
}

Qt::ItemFlags OpenableListModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractListModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsEditable : base;
}

} // namespace cg
