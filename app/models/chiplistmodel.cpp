#include "models/chiplistmodel.h"

namespace cg {

ChipListModel::ChipListModel(QList<Chip> chips, bool takesMany, QObject *parent)
    : QAbstractListModel(parent)
    , m_chips(std::move(chips))
    , m_takesMany(takesMany)
{
}

int ChipListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_chips.size());
}

QVariant ChipListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Chip &chip = m_chips.at(index.row());
    switch (role) {
    case KeyRole:
        return chip.key;
    case LabelRole:
    case Qt::DisplayRole:
        return chip.label;
    case SelectedRole:
        return m_selected.contains(chip.key);
    default:
        return {};
    }
}

bool ChipListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != SelectedRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString &key = m_chips.at(index.row()).key;
    if (value.toBool() == m_selected.contains(key))
        return true;
    QStringList next = m_takesMany ? m_selected : QStringList();
    if (value.toBool())
        next << key;
    else
        next.removeAll(key);
    select(next);
    return true;
}

Qt::ItemFlags ChipListModel::flags(const QModelIndex &index) const
{
    return QAbstractListModel::flags(index) | Qt::ItemIsEditable;
}

QHash<int, QByteArray> ChipListModel::roleNames() const
{
    return {{KeyRole, "key"}, {LabelRole, "label"}, {SelectedRole, "selected"}};
}

void ChipListModel::select(const QStringList &keys)
{
    QStringList next = keys;
    next.removeDuplicates();
    if (!m_takesMany && next.size() > 1)
        next = next.mid(0, 1);
    if (next == m_selected)
        return;
    m_selected = next;
    emitAllSelectedChanged();
    emit selectionChanged();
}

void ChipListModel::setChips(QList<Chip> chips)
{
    beginResetModel();
    m_chips = std::move(chips);
    endResetModel();
    emit countChanged();
}

void ChipListModel::emitAllSelectedChanged()
{
    if (!m_chips.isEmpty())
        emit dataChanged(index(0), index(int(m_chips.size()) - 1), {SelectedRole});
}

} // namespace cg
