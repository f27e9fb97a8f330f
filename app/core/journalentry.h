#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace cg {

// One entry in the parent's private conflict journal: an argument, or a good day. Choices are
// stable keys (such as "money" or "felt-afraid") so saved entries survive new wording.
struct JournalEntry {
    enum class Kind { Argument, GoodDay };

    QString id;  // empty until saved
    Kind kind = Kind::Argument;
    QDateTime when;
    QString withWhom;       // "partner", "ex-or-co-parent", "other-family"
    QString how;            // "face-to-face", "text-or-messages", "phone-or-video"
    QStringList about;      // topic keys
    int heat = 0;           // 1 (calm) to 5 (very heated); 0 for a good day
    QStringList happened;   // what-happened keys, read by journalResponse()
    bool childrenThere = false;
    bool childrenSaw = false;
    bool childrenHeard = false;
    QString childrenSeemed;  // the parent's own words
    QString ending;          // "sorted-out", "agreed-to-differ", "unresolved", "walked-away", "made-up-later"
    QString feelingNow;      // the parent's own words
    QString helped;          // the parent's own words
    QString note;            // the parent's own words

    bool operator==(const JournalEntry &) const = default;
};

// The entry as JSON, the form that is sealed and stored (the id is kept beside it, not in it).
QJsonObject journalEntryToJson(const JournalEntry &entry);
// Back from JSON; nullopt when a field has the wrong type or the time is missing.
std::optional<JournalEntry> journalEntryFromJson(const QJsonObject &json);

} // namespace cg
