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
    {FamilySituation::Together, QT_TRANSLATE_NOOP("FamilySituationModel", "We're together as a couple")},
    {FamilySituation::Separated, QT_TRANSLATE_NOOP("FamilySituationModel", "We're separated or apart")},
    {FamilySituation::StepOrBlended, QT_TRANSLATE_NOOP("FamilySituationModel", "We're a step or blended family")},
    {FamilySituation::KinshipOrFoster, QT_TRANSLATE_NOOP("FamilySituationModel", "I'm a kinship or foster carer")},
    {FamilySituation::PreferNotToSay, QT_TRANSLATE_NOOP("FamilySituationModel", "I'd prefer not to say")},
};

} // namespace

FamilySituationModel::FamilySituationModel(SettingsController &settings, QObject *parent)
    : ChoiceListModel(settings, parent)
{
}

int FamilySituationModel::choiceCount() const
{
    return int(std::size(kOptions));
}

QString FamilySituationModel::keyAt(int row) const
{
    return familySituationKey(kOptions[row].situation);
}

QString FamilySituationModel::labelAt(int row) const
{
    return QCoreApplication::translate("FamilySituationModel", kOptions[row].label);
}

QString FamilySituationModel::chosenKey() const
{
    return settings().familySituation();
}

bool FamilySituationModel::choose(const QString &key)
{
    return settings().chooseFamilySituation(key);
}

} // namespace cg
