#include "shell/democheckins.h"

#include "core/checkinstore.h"
#include "models/settingscontroller.h"

namespace cg {
namespace {

constexpr int kStartedDaysAgo = 95;
constexpr int kSecondDay = 28;

// The demo parent's answers, by item id, in the content's own words.
const QHash<QString, QString> kAtStart{
    {QStringLiteral("how-often"), QStringLiteral("A few times a week")},
    {QStringLiteral("how-heated"), QStringLiteral("Raised voices")},
    {QStringLiteral("sorted-out"), QStringLiteral("Rarely")},
    {QStringLiteral("children-exposed"), QStringLiteral("Sometimes")},
    {QStringLiteral("confidence"), QStringLiteral("Not very sure")},
    {QStringLiteral("wellbeing"), QStringLiteral("Not very well")}};
const QHash<QString, QString> kFourWeeksOn{
    {QStringLiteral("how-often"), QStringLiteral("About once a week")},
    {QStringLiteral("how-heated"), QStringLiteral("Raised voices")},
    {QStringLiteral("sorted-out"), QStringLiteral("Sometimes")},
    {QStringLiteral("children-exposed"), QStringLiteral("Rarely")},
    {QStringLiteral("confidence"), QStringLiteral("A little sure")},
    {QStringLiteral("wellbeing"), QStringLiteral("OK")}};

CheckInRecord demoRecord(const CheckInDefinition &definition, QDate takenOn, const QString &stage,
                         const QHash<QString, QString> &chosen)
{
    CheckInRecord record{takenOn, stage, {}, {}};
    for (const CheckInItem &item : definition.items) {
        for (qsizetype i = 0; i < item.answers.size(); ++i) {
            if (item.answers.at(i).text == chosen.value(item.id))
                record.answers.insert(item.id, int(i));
        }
    }
    return record;
}

} // namespace

bool fillDemoCheckIns(const CheckInDefinition &definition, CheckInStore &store, SettingsController &settings,
                      QDate today, QString *error)
{
    if (definition.stages.size() < 2)
        return true;  // a content folder without the check-in has nothing to show
    const QDate started = today.addDays(-kStartedDaysAgo);
    const QString first = definition.stages.at(0).id;
    const QString second = definition.stages.at(1).id;
    if (!store.save(demoRecord(definition, started, first, kAtStart))
        || !store.save(demoRecord(definition, started.addDays(kSecondDay), second, kFourWeeksOn))) {
        *error = QStringLiteral("cannot write the demo check-ins: %1").arg(store.lastError());
        return false;
    }
    CheckInSchedule schedule = settings.checkInSchedule();
    schedule.startedOn = started;
    schedule.stagesDone = {first, second};
    if (!settings.saveCheckInSchedule(schedule)) {
        *error = QStringLiteral("cannot save the demo check-in dates: %1").arg(settings.saveError());
        return false;
    }
    return true;
}

} // namespace cg
