#include "models/familysituationmodel.h"

#include "core/familysituation.h"

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

FamilySituationModel::FamilySituationModel(QObject *parent)
    : QAbstractListModel(parent)
{
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
    default:
        return {};
    }
}

QHash<int, QByteArray> FamilySituationModel::roleNames() const
{
    return {{KeyRole, "key"}, {LabelRole, "label"}};
}

QString FamilySituationModel::labelFor(const QString &key) const
{
    for (const Option &option : kOptions) {
        if (familySituationKey(option.situation) == key)
            return QCoreApplication::translate("FamilySituationModel", option.label);
    }
    return {};
}

} // namespace cg
