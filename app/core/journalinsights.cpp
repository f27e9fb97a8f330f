#include "core/journalinsights.h"

#include "core/journalsafety.h"

#include <QCoreApplication>

#include <algorithm>

namespace cg {
namespace {

const char *const kSafetyGuide = "conflict-or-abuse";
const char *const kCoParentGuide = "talking-with-your-co-parent";
const char *const kArguingGuide = "arguing-better";
const char *const kMoneyGuide = "money-worries";
const char *const kChildrenGuide = "what-children-see-and-hear";
const char *const kCalmingGuide = "calming-down";

// The words, for translation in context "JournalInsights". Plain, kind and never blaming: they
// are read by mothers and fathers, together or apart.
const char *const kSafetyText = QT_TRANSLATE_NOOP(
    "JournalInsights",
    "Some of what you noted, like feeling afraid or being controlled, is more than an everyday argument. "
    "It is not your fault, and help is there.");
const char *const kTextText = QT_TRANSLATE_NOOP(
    "JournalInsights", "%1 of your last %2 arguments started by text or messages. Words on a screen are easy to misread.");
const char *const kMoneyText = QT_TRANSLATE_NOOP(
    "JournalInsights", "Money came up most. Money worries put a strain on lots of families.");
const char *const kChildrenText = QT_TRANSLATE_NOOP(
    "JournalInsights",
    "The children were there for most of them. There are simple ways to help children feel safe when grown-ups argue.");
const char *const kHeatText = QT_TRANSLATE_NOOP(
    "JournalInsights", "Things often got very heated. A short break to calm down can help everyone.");
const char *const kUnresolvedText = QT_TRANSLATE_NOOP(
    "JournalInsights",
    "Most of these arguments were left not sorted out. That happens to lots of people, and it can get easier.");
const char *const kOneGoodDayText = QT_TRANSLATE_NOOP(
    "JournalInsights", "You noted one good day. That counts too.");
// A numerus form, so languages with more than one plural can say it right; English uses it for
// 2 or more.
const char *const kGoodDaysText = QT_TRANSLATE_N_NOOP("JournalInsights", "You noted %n good days. Those count too.");

// How many of the latest arguments the text-message rule looks at, and how many of them must
// have started by text or messages.
constexpr int kLatestArguments = 5;
constexpr int kTextArgumentsNeeded = 3;

QString translated(const char *sourceText, int n = -1)
{
    return QCoreApplication::translate("JournalInsights", sourceText, nullptr, n);
}

class Insights
{
public:
    // Adds the insight unless its guide already has one.
    void add(const QString &text, const char *moduleId)
    {
        const QString guide = QString::fromLatin1(moduleId);
        if (used(guide))
            return;
        m_list.append({text, guide});
    }
    bool used(const QString &moduleId) const
    {
        return std::any_of(m_list.cbegin(), m_list.cend(),
                           [&moduleId](const JournalInsight &insight) { return insight.moduleId == moduleId; });
    }
    QList<JournalInsight> list() const { return m_list; }

private:
    QList<JournalInsight> m_list;
};

bool anySafetyConcern(const QList<JournalEntry> &recent)
{
    return std::any_of(recent.cbegin(), recent.cend(), [](const JournalEntry &entry) {
        return journalResponse(entry.happened) == JournalResponse::Safety;
    });
}

// The last few arguments, oldest first, leaving out good days.
QList<JournalEntry> latestArguments(const QList<JournalEntry> &recent, int howMany)
{
    QList<JournalEntry> latest;
    for (auto it = recent.crbegin(); it != recent.crend() && latest.size() < howMany; ++it) {
        if (it->kind == JournalEntry::Kind::Argument)
            latest.prepend(*it);
    }
    return latest;
}

} // namespace

QList<JournalInsight> journalInsights(const QList<JournalEntry> &recent, const JournalTrends &trends)
{
    Insights insights;

    // 1. Harm, fear or control come first, and then nothing suggests working on it together
    //    (rules 2 and 6) or reads as asking the parent to calm things down (rule 5); the guides
    //    about money and children still show.
    const bool safety = anySafetyConcern(recent);
    if (safety)
        insights.add(translated(kSafetyText), kSafetyGuide);

    // 2. Most of the latest arguments started by text or messages.
    if (!safety) {
        const QList<JournalEntry> latest = latestArguments(recent, kLatestArguments);
        int byText = 0;
        int byTextWithCoParent = 0;
        for (const JournalEntry &entry : latest) {
            if (entry.how != QLatin1String("text-or-messages"))
                continue;
            ++byText;
            if (entry.withWhom == QLatin1String("ex-or-co-parent"))
                ++byTextWithCoParent;
        }
        if (byText >= kTextArgumentsNeeded) {
            insights.add(translated(kTextText).arg(byText).arg(latest.size()),
                         byTextWithCoParent * 2 > byText ? kCoParentGuide : kArguingGuide);
        }
    }

    // 3. Money was the main topic.
    if (!trends.topics.isEmpty() && trends.topics.first().key == QLatin1String("money")
        && trends.topics.first().count >= 2)
        insights.add(translated(kMoneyText), kMoneyGuide);

    // 4. The children were there for most arguments.
    if (trends.arguments >= 2 && trends.childrenPresent * 2 > trends.arguments)
        insights.add(translated(kChildrenText), kChildrenGuide);

    // 5. Arguments got very heated on average.
    if (!safety && trends.arguments >= 2 && trends.averageHeat >= 4)
        insights.add(translated(kHeatText), kCalmingGuide);

    // 6. Most arguments were left not sorted out.
    if (!safety && trends.arguments >= 3 && trends.sortedOutShare() < 0.5)
        insights.add(translated(kUnresolvedText), kArguingGuide);

    // 7. Good days, as encouragement alone (no guide).
    if (trends.goodDays == 1)
        insights.add(translated(kOneGoodDayText), "");
    else if (trends.goodDays > 1)
        insights.add(translated(kGoodDaysText, trends.goodDays), "");

    return insights.list();
}

} // namespace cg
