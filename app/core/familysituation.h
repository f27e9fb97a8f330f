#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace cg {

// The family situations a parent can choose at first run. The keys are stable: they are stored on
// the phone and later decide which modules are suggested, so never rename one.
enum class FamilySituation {
    PreferNotToSay,
    Expecting,
    NewBaby,
    Together,
    Separated,
    StepOrBlended,
    KinshipOrFoster,
};

QString familySituationKey(FamilySituation situation);
std::optional<FamilySituation> familySituationFromKey(const QString &key);
QStringList allFamilySituationKeys();

} // namespace cg
