#include "models/commitmentlistmodel.h"

namespace cg {
namespace {

// Days a ticked idea stays on Home: long enough to see the tick, short enough not to clutter.
constexpr int kDoneDaysShown = 7;

} // namespace

CommitmentListModel::CommitmentListModel(const QList<Module> &modules, ModuleProgressStore &store, Today today,
                                         QObject *parent)
    : QAbstractListModel(parent)
    , m_modules(modules)
    , m_store(store)
    , m_today(std::move(today))
{
    refresh();
}

std::optional<CommitmentListModel::Row> CommitmentListModel::rowFor(const Commitment &commitment) const
{
    for (const Module &module : m_modules) {
        // Home never names the guide about abuse, even through an idea taken from it.
        if (module.id != commitment.moduleId || module.leadsToSafety)
            continue;
        for (const ModuleBlock *block : moduleBlocks(module)) {
            if (block->id == commitment.blockId && block->type == BlockType::TryThisWeek)
                return Row{commitment, block->text, module.title};
        }
    }
    return std::nullopt;
}

void CommitmentListModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    const QList<Commitment> commitments = m_store.loadCommitments().value_or(QList<Commitment>());
    for (const Commitment &commitment : commitments) {
        if (commitment.done && commitment.chosenOn.daysTo(m_today()) >= kDoneDaysShown)
            continue;
        // Text is looked up, never stored twice: a guide updated by the council shows its new words,
        // and a guide no longer offered (another area) leaves its ideas off Home.
        if (const auto row = rowFor(commitment))
            m_rows.append(*row);
    }
    endResetModel();
    emit countChanged();
}

int CommitmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CommitmentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case IdeaRole:
    case Qt::DisplayRole:
        return row.text;
    case ModuleTitleRole:
        return row.moduleTitle;
    case DoneRole:
        return row.commitment.done;
    default:
        return {};
    }
}

QHash<int, QByteArray> CommitmentListModel::roleNames() const
{
    return {{IdeaRole, "idea"}, {ModuleTitleRole, "moduleTitle"}, {DoneRole, "done"}};
}

bool CommitmentListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != DoneRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Commitment changed = m_rows.at(index.row()).commitment;
    changed.done = value.toBool();
    const bool saved = m_store.saveCommitment(changed);
    const QString error = saved ? QString() : tr("Your tick could not be saved. Please try again.");
    if (error != m_saveError) {
        m_saveError = error;
        emit saveErrorChanged();
    }
    if (saved)
        m_rows[index.row()].commitment = changed;
    // Told either way: after a failed save, a box that was ticked on screen is unticked again.
    emit dataChanged(index, index, {DoneRole});
    return saved;
}

Qt::ItemFlags CommitmentListModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractListModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsEditable : base;
}

} // namespace cg
