#include "core/checkin.h"

namespace cg {

std::optional<int> itemScore(const CheckInItem &item, const CheckInRecord &record)
{
    const auto chosen = record.answers.constFind(item.id);
    if (chosen == record.answers.cend() || *chosen < 0 || *chosen >= item.answers.size())
        return std::nullopt;
    return item.answers.at(*chosen).score;
}

std::optional<CheckInStage> dueStage(const CheckInDefinition &definition, QDate firstUse, QDate today,
                                     const QStringList &stagesDone)
{
    if (!firstUse.isValid() || !today.isValid())
        return std::nullopt;
    if (definition.stages.isEmpty())
        return std::nullopt;
    // Whatever the date, the first check-in is the starting point that later ones compare with.
    if (stagesDone.isEmpty())
        return definition.stages.first();
    const qint64 day = std::max<qint64>(0, firstUse.daysTo(today));
    std::optional<CheckInStage> latest;
    for (const CheckInStage &stage : definition.stages) {
        if (stage.day <= day)
            latest = stage;
    }
    if (!latest || stagesDone.contains(latest->id))
        return std::nullopt;
    return latest;
}

std::optional<Band> bandedChange(const CheckInDefinition &definition, const CheckInItem &item,
                                 const CheckInRecord &baseline, const CheckInRecord &later)
{
    const std::optional<int> before = itemScore(item, baseline);
    const std::optional<int> after = itemScore(item, later);
    if (!before || !after)
        return std::nullopt;
    const int change = *after - *before;
    if (change >= definition.bandThreshold)
        return Band::Better;
    if (change <= -definition.bandThreshold)
        return Band::Worse;
    return Band::Same;
}

QString bandKey(Band band)
{
    switch (band) {
    case Band::Better: return QStringLiteral("better");
    case Band::Worse: return QStringLiteral("worse");
    case Band::Same: break;
    }
    return QStringLiteral("same");
}

} // namespace cg
