#include "core/checkin.h"

namespace cg {

std::optional<int> itemScore(const CheckInItem &item, const CheckInRecord &record)
{
    const auto chosen = record.answers.constFind(item.id);
    if (chosen == record.answers.cend() || *chosen < 0 || *chosen >= item.answers.size())
        return std::nullopt;
    return item.answers.at(*chosen).score;
}

bool opensSafety(const CheckInDefinition &definition, const CheckInRecord &record)
{
    for (const CheckInItem &item : definition.items) {
        const int chosen = record.answers.value(item.id, -1);
        if (chosen >= 0 && chosen < item.answers.size() && item.answers.at(chosen).opensSafety)
            return true;
    }
    return false;
}

namespace {

// Whether `stage` or any stage after it is done: an earlier one can no longer be due.
bool doneFrom(const CheckInDefinition &definition, const CheckInStage &stage, const QStringList &stagesDone)
{
    bool reached = false;
    for (const CheckInStage &candidate : definition.stages) {
        reached = reached || candidate.id == stage.id;
        if (reached && stagesDone.contains(candidate.id))
            return true;
    }
    return false;
}

} // namespace

std::optional<CheckInStage> dueStage(const CheckInDefinition &definition, QDate startedOn, QDate today,
                                     const QStringList &stagesDone)
{
    if (!today.isValid() || definition.stages.isEmpty())
        return std::nullopt;
    // Whatever the date, the first check-in is the starting point that later ones compare with.
    if (stagesDone.isEmpty())
        return definition.stages.first();
    if (!startedOn.isValid())
        return std::nullopt;
    const qint64 day = std::max<qint64>(0, startedOn.daysTo(today));
    std::optional<CheckInStage> latest;
    for (const CheckInStage &stage : definition.stages) {
        if (stage.day <= day)
            latest = stage;
    }
    if (!latest || doneFrom(definition, *latest, stagesDone))
        return std::nullopt;
    return latest;
}

std::optional<QDate> nextStageDay(const CheckInDefinition &definition, QDate startedOn, QDate today,
                                  const QStringList &stagesDone)
{
    if (!startedOn.isValid() || !today.isValid() || stagesDone.isEmpty())
        return std::nullopt;
    for (const CheckInStage &stage : definition.stages) {
        const QDate falls = startedOn.addDays(stage.day);
        if (falls > today && !doneFrom(definition, stage, stagesDone))
            return falls;
    }
    return std::nullopt;
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

QList<BandedChange> bandedChanges(const CheckInDefinition &definition, const CheckInRecord &baseline,
                                  const CheckInRecord &later)
{
    QList<BandedChange> changes;
    if (later.stage.isEmpty())
        return changes;
    for (const CheckInItem &item : definition.items) {
        if (const std::optional<Band> band = bandedChange(definition, item, baseline, later))
            changes.append({later.stage, item.id, *band});
    }
    return changes;
}

QJsonObject checkInRecordToJson(const CheckInRecord &record)
{
    QJsonObject answers;
    for (auto answer = record.answers.cbegin(); answer != record.answers.cend(); ++answer)
        answers.insert(answer.key(), answer.value());
    return {{QStringLiteral("taken_on"), record.takenOn.toString(Qt::ISODate)},
            {QStringLiteral("stage"), record.stage},
            {QStringLiteral("answers"), answers}};
}

std::optional<CheckInRecord> checkInRecordFromJson(const QJsonObject &json)
{
    CheckInRecord record;
    record.takenOn = QDate::fromString(json.value(QStringLiteral("taken_on")).toString(), Qt::ISODate);
    record.stage = json.value(QStringLiteral("stage")).toString();
    const QJsonValue answers = json.value(QStringLiteral("answers"));
    if (!record.takenOn.isValid() || !answers.isObject())
        return std::nullopt;
    const QJsonObject chosen = answers.toObject();
    for (auto answer = chosen.constBegin(); answer != chosen.constEnd(); ++answer) {
        if (!answer->isDouble())
            return std::nullopt;
        record.answers.insert(answer.key(), answer->toInt());
    }
    return record;
}

} // namespace cg
