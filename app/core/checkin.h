#pragma once

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace cg {

// The progress check-in as content/checkin/checkin.json writes it: a few questions, each scored
// 0 to 4 where higher is always better, asked at fixed stages after first use.

struct CheckInAnswer {
    QString text;
    std::optional<int> score;  // none for "we did not disagree": nothing to measure this time
    bool opensSafety = false;  // such as "I felt frightened": not conflict, so the safety route
};

struct CheckInItem {
    QString id;       // stable: answers are kept under it
    QString measure;  // the words on the progress screen
    QString question;
    QList<CheckInAnswer> answers;
    // How the progress screen says the change since the first check-in, such as "Disagreements
    // getting sorted out more often".
    QString better;
    QString same;
    QString worse;
};

struct CheckInStage {
    QString id;  // "start", "4-weeks", ...
    int day = 0; // days after first use when it falls due
    QString label;
};

struct CheckInDefinition {
    QString intro;
    QDate lastReviewed;
    int periodDays = 14;
    QList<CheckInStage> stages;  // in order of day, the first on day 0
    int bandThreshold = 1;       // a change of at least this many points is better or worse
    QList<CheckInItem> items;
};

// One check-in the parent took: the answer chosen (its index) for each item answered.
struct CheckInRecord {
    QDate takenOn;
    QString stage;                 // the stage it counted for, or empty for one the parent chose
    QHash<QString, int> answers;   // item id → answer index
    QString id;                    // given by the store
    bool operator==(const CheckInRecord &) const = default;
};

// When check-ins fall due, kept in plain settings so Home can offer one while the private data
// is locked. It says only that check-ins were taken, never what was answered.
struct CheckInSchedule {
    QDate startedOn;         // the day of the first check-in; later stages count from it
    QStringList stagesDone;  // stage ids
    QDate snoozedUntil;      // "not now": Home waits until this day
    bool remindersOn = true; // the Home card and the phone's reminder
    bool operator==(const CheckInSchedule &) const = default;
};

// A record as sealed on the phone (without its id, which is the row's), and back. Nullopt for
// something that is not a record.
QJsonObject checkInRecordToJson(const CheckInRecord &record);
std::optional<CheckInRecord> checkInRecordFromJson(const QJsonObject &json);

// The score an answer gives, or none (skipped, "did not disagree", or an index out of range).
std::optional<int> itemScore(const CheckInItem &item, const CheckInRecord &record);

// Whether any answer chosen opens the safety route (such as "I felt frightened").
bool opensSafety(const CheckInDefinition &definition, const CheckInRecord &record);

// The stage due on `today`, given the day of the first check-in and the stages already done.
// Until the first check-in is done, that is the first stage, whatever the date: later stages
// count from it, so the starting point is always a real start. After it, the latest stage whose
// day has come, if neither it nor a later one is done: each stays due until the next one's day,
// so a parent who misses one is asked once for the latest, never for a backlog. Days are the
// phone's own calendar days, so travelling across time zones moves a due date by a day at most;
// a clock set back before the start counts as day 0. None when nothing is due.
std::optional<CheckInStage> dueStage(const CheckInDefinition &definition, QDate startedOn, QDate today,
                                     const QStringList &stagesDone);

// The first day after `today` on which a stage not done yet falls due, for a reminder: none
// before the first check-in or after the last stage.
std::optional<QDate> nextStageDay(const CheckInDefinition &definition, QDate startedOn, QDate today,
                                  const QStringList &stagesDone);

enum class Band { Better, Same, Worse };

// A measure's change from `baseline` to `later`, as the statistics may see it: better, same or
// worse by at least the threshold. None when either check-in has no score for the item.
std::optional<Band> bandedChange(const CheckInDefinition &definition, const CheckInItem &item,
                                 const CheckInRecord &baseline, const CheckInRecord &later);

QString bandKey(Band band);  // "better", "same", "worse"

// What the statistics may be offered after a check-in counted for a stage: for each measure with
// a score both times, its band since the first check-in. Never a score or an answer.
struct BandedChange {
    QString stage;    // the stage id, such as "3-months"
    QString measure;  // the item id, such as "sorted-out"
    Band band = Band::Same;
    bool operator==(const BandedChange &) const = default;
};
QList<BandedChange> bandedChanges(const CheckInDefinition &definition, const CheckInRecord &baseline,
                                  const CheckInRecord &later);

} // namespace cg
