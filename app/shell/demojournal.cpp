#include "shell/demojournal.h"

#include "core/journalstore.h"

namespace cg {
namespace {

struct DemoEntry {
    int daysAgo;
    int hour;
    JournalEntry::Kind kind;
    const char *with;
    const char *how;
    QStringList about;
    int heat;
    QStringList happened;
    bool there, saw, heard;
    const char *seemed;
    const char *ending;
    const char *feeling;
    const char *helped;
    const char *note;
};

constexpr auto Argument = JournalEntry::Kind::Argument;
constexpr auto GoodDay = JournalEntry::Kind::GoodDay;

const QList<DemoEntry> &demoEntries()
{
    static const QList<DemoEntry> entries{
        {33, 19, Argument, "ex-or-co-parent", "text-or-messages", {"childrens-arrangements"}, 3, {"blaming"},
         false, false, false, "", "unresolved", "Frustrated", "", "Messages about swapping weekends went back and forth for an hour."},
        {29, 8, Argument, "ex-or-co-parent", "face-to-face", {"childrens-arrangements"}, 4, {"raised-voices", "walked-out"},
         true, false, true, "Quiet in the car afterwards", "walked-away", "Shaky", "Going for a walk",
         "Handover at the school gate went badly. We both raised our voices."},
        {26, 20, GoodDay, "ex-or-co-parent", "text-or-messages", {"childrens-arrangements"}, 0, {},
         false, false, false, "", "", "", "Kept the message short and stuck to times.", "Sorted half-term dates by text without any fuss."},
        {22, 21, Argument, "ex-or-co-parent", "text-or-messages", {"money"}, 3, {"blaming", "name-calling"},
         false, false, false, "", "unresolved", "Angry", "", "Argument about paying for school shoes."},
        {19, 18, Argument, "ex-or-co-parent", "phone-or-video", {"money", "childrens-arrangements"}, 2, {"raised-voices"},
         false, false, false, "", "agreed-to-differ", "Tired but OK", "Taking a breath before answering",
         "Phone call about money. Calmer than last time."},
        {15, 7, Argument, "ex-or-co-parent", "text-or-messages", {"parenting"}, 2, {"silent-treatment"},
         false, false, false, "", "made-up-later", "", "", "Bedtimes are different at each house."},
        {12, 17, GoodDay, "ex-or-co-parent", "face-to-face", {}, 0, {},
         false, false, false, "", "", "", "Said thank you for dropping off the PE kit.", "Handover was friendly. The children noticed."},
        {9, 20, Argument, "ex-or-co-parent", "text-or-messages", {"money"}, 3, {"blaming"},
         false, false, false, "", "unresolved", "Worried about money", "", "Payment for the children was late again."},
        {6, 19, Argument, "ex-or-co-parent", "text-or-messages", {"money", "work"}, 4, {"shouting-or-swearing", "blaming"},
         false, false, true, "My eldest asked if everything was OK", "unresolved", "Upset",
         "Putting the phone away for the evening", "Long argument by text about money and my hours at work."},
        {4, 12, GoodDay, "ex-or-co-parent", "face-to-face", {"parenting"}, 0, {},
         false, false, false, "", "", "", "Agreed one rule for screens at both houses.", "We talked about screen time properly and agreed."},
        {2, 18, Argument, "ex-or-co-parent", "text-or-messages", {"childrens-arrangements"}, 2, {"blaming"},
         false, false, false, "", "sorted-out", "Relieved", "A short, business-like message",
         "Disagreed about Christmas plans, but we sorted it."},
        {1, 8, Argument, "other-family", "face-to-face", {"family-and-in-laws"}, 2, {"raised-voices"},
         true, true, false, "A bit unsettled", "agreed-to-differ", "", "", "Disagreement with my mum about what the children eat."},
    };
    return entries;
}

} // namespace

bool fillDemoJournal(JournalStore &store, const QDateTime &now, QString *error)
{
    const auto existing = store.loadAll();
    if (!existing) {
        *error = QStringLiteral("cannot read the journal for demo data: %1").arg(store.lastError());
        return false;
    }
    if (!existing->isEmpty())
        return true;
    for (const DemoEntry &demo : demoEntries()) {
        JournalEntry entry;
        entry.kind = demo.kind;
        entry.when = QDateTime(now.date().addDays(-demo.daysAgo), QTime(demo.hour, 0));
        entry.withWhom = QString::fromLatin1(demo.with);
        entry.how = QString::fromLatin1(demo.how);
        entry.about = demo.about;
        entry.heat = demo.heat;
        entry.happened = demo.happened;
        entry.childrenThere = demo.there;
        entry.childrenSaw = demo.saw;
        entry.childrenHeard = demo.heard;
        entry.childrenSeemed = QString::fromUtf8(demo.seemed);
        entry.ending = QString::fromLatin1(demo.ending);
        entry.feelingNow = QString::fromUtf8(demo.feeling);
        entry.helped = QString::fromUtf8(demo.helped);
        entry.note = QString::fromUtf8(demo.note);
        if (!store.save(entry)) {
            *error = QStringLiteral("cannot save demo journal: %1").arg(store.lastError());
            return false;
        }
    }
    return true;
}

} // namespace cg
