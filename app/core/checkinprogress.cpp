#include "core/checkinprogress.h"

namespace cg {

QList<MeasureProgress> measureProgress(const CheckInDefinition &definition, const QList<CheckInRecord> &records)
{
    QList<MeasureProgress> measures;
    for (const CheckInItem &item : definition.items) {
        MeasureProgress progress{item, {}, std::nullopt, {}};
        const CheckInRecord *first = nullptr;
        const CheckInRecord *latest = nullptr;
        for (const CheckInRecord &record : records) {
            const auto chosen = record.answers.constFind(item.id);
            if (chosen == record.answers.cend() || *chosen < 0 || *chosen >= item.answers.size())
                continue;
            const CheckInAnswer &answer = item.answers.at(*chosen);
            progress.points.append({record.takenOn, answer.text, answer.score});
            if (!answer.score)
                continue;
            if (!first)
                first = &record;
            latest = &record;
        }
        if (first) {
            progress.since = first->takenOn;
            if (latest != first)
                progress.change = bandedChange(definition, item, *first, *latest);
        }
        measures << progress;
    }
    return measures;
}

} // namespace cg
