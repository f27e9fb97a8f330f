#pragma once

#include <QList>
#include <QString>

namespace cg {

// The fixed answers a journal entry is made of. Keys are stored inside sealed entries and read
// by the safety rules, trends and insights, so never rename one; labels are English source text
// for translation (context "JournalChoices"), shown through journalChoiceLabel().
struct JournalChoice {
    const char *key;
    const char *label;
};

enum class JournalQuestion {
    WithWhom,   // single answer
    How,        // single answer
    About,      // any number
    Happened,   // any number
    Ending,     // single answer
    TimeOfDay,  // single answer; a time, kept as the entry's clock time
};

const QList<JournalChoice> &journalChoices(JournalQuestion question);
bool journalQuestionTakesMany(JournalQuestion question);
// The translated label for `key`, or the key itself when it is not one of the choices (an entry
// from a newer app version), so nothing the parent saved is ever hidden.
QString journalChoiceLabel(JournalQuestion question, const QString &key);

// How heated an argument got, 1 to 5, in words.
QString journalHeatLabel(int heat);
constexpr int journalHeatMin = 1;
constexpr int journalHeatMax = 5;

// Parts of the day for logging and trends: the hour an entry is filed under, and back.
QString timeOfDayKey(int hour);
int representativeHour(const QString &timeOfDayKey);

} // namespace cg
