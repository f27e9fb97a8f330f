#pragma once

#include <QDate>
#include <QHash>
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
};

struct CheckInStage {
    QString id;  // "start", "4-weeks", ...
    int day = 0; // days after first use when it falls due
    QString label;
};

struct CheckInDefinition {
    QString intro;
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
};

// The score an answer gives, or none (skipped, "did not disagree", or an index out of range).
std::optional<int> itemScore(const CheckInItem &item, const CheckInRecord &record);

// The stage due on `today`, given the day of first use and the stages already done. Until the
// first check-in is done, that is the first stage, whatever the date. After it, the latest stage
// whose day has come, if not done yet: each stays due until the next one's day, so a parent who
// misses one is asked once for the latest, never for a backlog. Days are the phone's own calendar
// days, so travelling across time zones moves a due date by a day at most; a clock set back
// before first use counts as day 0. None when nothing is due.
std::optional<CheckInStage> dueStage(const CheckInDefinition &definition, QDate firstUse, QDate today,
                                     const QStringList &stagesDone);

enum class Band { Better, Same, Worse };

// A measure's change from `baseline` to `later`, as the statistics may see it: better, same or
// worse by at least the threshold. None when either check-in has no score for the item.
std::optional<Band> bandedChange(const CheckInDefinition &definition, const CheckInItem &item,
                                 const CheckInRecord &baseline, const CheckInRecord &later);

QString bandKey(Band band);  // "better", "same", "worse"

} // namespace cg
