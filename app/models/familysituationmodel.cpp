#include "models/familysituationmodel.h"

#include "core/familysituation.h"
#include "models/settingscontroller.h"

#include <QCoreApplication>

namespace cg {
namespace {

struct Option {
    FamilySituation situation;
    const char *label;
};

// Worded as the parent would say it. "Prefer not to say" comes last so it is never the default
// the eye lands on, but it is always there.
constexpr Option kOptions[] = {
    {FamilySituation::Expecting, QT_TRANSLATE_NOOP("FamilySituationModel", "We're expecting a baby")},
    {FamilySituation::NewBaby, QT_TRANSLATE_NOOP("FamilySituationModel", "We have a new baby")},
    {FamilySituation::Together, QT_TRANSLATE_NOOP("FamilySituationModel", "We're parents together")},
    {FamilySituation::Separated, QT_TRANSLATE_NOOP("FamilySituationModel", "We're separated or apart")},
    {FamilySituation::StepOrBlended, QT_TRANSLATE_NOOP("FamilySituationModel", "We're a step or blended family")},
    {FamilySituation::KinshipOrFoster, QT_TRANSLATE_NOOP("FamilySituationModel", "I'm a kinship or foster carer")},
    {FamilySituation::PreferNotToSay, QT_TRANSLATE_NOOP("FamilySituationModel", "I'd prefer not to say")},
};

} // namespace

FamilySituationModel::FamilySituationModel(SettingsController &settings, QObject *parent)
    : QAbstractListModel(parent)
    , m_settings(settings)
{
    connect(&m_settings, &SettingsController::changed, this,
            [this] { emit dataChanged(index(0), index(rowCount() - 1), {SelectedRole}); });
}

int FamilySituationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::size(kOptions));
}

QVariant FamilySituationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Option &option = kOptions[index.row()];
    switch (role) {
    case KeyRole:
        return familySituationKey(option.situation);
    case LabelRole:
    case Qt::DisplayRole:
        return QCoreApplication::translate("FamilySituationModel", option.label);
    case SelectedRole:
        return familySituationKey(option.situation) == m_settings.familySituation();
    default:
        return {};
    }
}

bool FamilySituationModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != SelectedRole || !value.toBool()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    return m_settings.chooseFamilySituation(familySituationKey(kOptions[index.row()].situation));
}

Qt::ItemFlags FamilySituationModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? QAbstractListModel::flags(index) | Qt::ItemIsEditable : QAbstractListModel::flags(index);
}

QHash<int, QByteArray> FamilySituationModel::roleNames() const
{
    return {{KeyRole, "key"}, {LabelRole, "label"}, {SelectedRole, "selected"}};
}

} // namespace cg
