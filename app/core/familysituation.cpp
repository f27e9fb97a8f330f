#include "core/familysituation.h"

#include <array>
#include <utility>

namespace cg {
namespace {

constexpr std::array<std::pair<FamilySituation, const char *>, 7> kKeys{{
    {FamilySituation::Expecting, "expecting"},
    {FamilySituation::NewBaby, "new-baby"},
    {FamilySituation::Together, "together"},
    {FamilySituation::Separated, "separated"},
    {FamilySituation::StepOrBlended, "step-or-blended"},
    {FamilySituation::KinshipOrFoster, "kinship-or-foster"},
    {FamilySituation::PreferNotToSay, "prefer-not-to-say"},
}};

} // namespace

QString familySituationKey(FamilySituation situation)
{
    for (const auto &[value, key] : kKeys) {
        if (value == situation)
            return QString::fromLatin1(key);
    }
    return QStringLiteral("prefer-not-to-say");
}

std::optional<FamilySituation> familySituationFromKey(const QString &key)
{
    for (const auto &[value, candidate] : kKeys) {
        if (key == QLatin1String(candidate))
            return value;
    }
    return std::nullopt;
}

QStringList allFamilySituationKeys()
{
    QStringList keys;
    for (const auto &entry : kKeys)
        keys << QString::fromLatin1(entry.second);
    return keys;
}

} // namespace cg
