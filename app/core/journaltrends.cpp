#include "core/journaltrends.h"

#include "core/journalchoices.h"

#include <QHash>

#include <algorithm>

namespace cg {
namespace {

// Counts keys in the order they were first seen, then sorts them for the trends screen.
class Tally
{
public:
    void add(const QString &key)
    {
        if (key.isEmpty())
            return;
        if (!m_counts.contains(key))
            m_order.append(key);
        ++m_counts[key];
    }

    // Most first; ties in the order the question offers its choices; keys from a newer app
    // version (not among the choices) after the known ones, alphabetically.
    QList<JournalTally> sorted(JournalQuestion question) const
    {
        const QList<JournalChoice> &choices = journalChoices(question);
        const auto rank = [&choices](const QString &key) {
            for (qsizetype i = 0; i < choices.size(); ++i) {
                if (key == QLatin1String(choices.at(i).key))
                    return i;
            }
            return choices.size();
        };
        QList<JournalTally> tallies;
        tallies.reserve(m_order.size());
        for (const QString &key : m_order)
            tallies.append({key, m_counts.value(key)});
        std::sort(tallies.begin(), tallies.end(), [&rank](const JournalTally &a, const JournalTally &b) {
            if (a.count != b.count)
                return a.count > b.count;
            const qsizetype rankA = rank(a.key);
            const qsizetype rankB = rank(b.key);
            if (rankA != rankB)
                return rankA < rankB;
            return a.key < b.key;
        });
        return tallies;
    }

private:
    QHash<QString, int> m_counts;
    QStringList m_order;
};

struct HeatSum {
    int total = 0;
    int count = 0;

    void add(int heat)
    {
        if (heat < journalHeatMin || heat > journalHeatMax)
            return;  // a heat that was never given (0) or is out of range says nothing
        total += heat;
        ++count;
    }
    double average() const { return count ? double(total) / count : 0; }
};

bool endedWell(const QString &ending)
{
    return ending == QLatin1String("sorted-out") || ending == QLatin1String("made-up-later");
}

} // namespace

JournalTrends journalTrends(const QList<JournalEntry> &entries, QDate today, int weeks)
{
    JournalTrends trends;
    if (weeks <= 0 || !today.isValid())
        return trends;

    trends.weeks = weeks;
    const QDate firstDay = today.addDays(-(qint64(7) * weeks - 1));
    trends.byWeek.reserve(weeks);
    for (int week = 0; week < weeks; ++week)
        trends.byWeek.append(JournalWeek{firstDay.addDays(qint64(7) * week)});

    HeatSum heat;
    QList<HeatSum> weekHeat(weeks);
    Tally topics;
    Tally channels;
    Tally timesOfDay;

    // Converting to local time can cost a time-zone lookup per entry, so entries clearly outside
    // the period (a day's margin either side covers any time zone) are skipped before it.
    const QDateTime earliest = QDateTime(firstDay.addDays(-1), QTime(0, 0), Qt::UTC);
    const QDateTime latest = QDateTime(today.addDays(2), QTime(0, 0), Qt::UTC);
    for (const JournalEntry &entry : entries) {
        if (!entry.when.isValid() || entry.when < earliest || entry.when >= latest)
            continue;
        const QDateTime local = entry.when.toLocalTime();
        const QDate day = local.date();
        if (day < firstDay || day > today)
            continue;
        const int week = int(firstDay.daysTo(day) / 7);
        JournalWeek &block = trends.byWeek[week];

        if (entry.kind == JournalEntry::Kind::GoodDay) {
            ++trends.goodDays;
            ++block.goodDays;
            continue;
        }

        ++trends.arguments;
        ++block.arguments;
        heat.add(entry.heat);
        weekHeat[week].add(entry.heat);
        if (endedWell(entry.ending))
            ++trends.sortedOut;
        if (entry.childrenThere || entry.childrenSaw || entry.childrenHeard)
            ++trends.childrenPresent;

        QStringList about = entry.about;
        about.removeDuplicates();  // a topic counts once per argument
        for (const QString &topic : std::as_const(about))
            topics.add(topic);
        channels.add(entry.how);
        timesOfDay.add(timeOfDayKey(local.time().hour()));
    }

    trends.argumentsPerWeek = double(trends.arguments) / weeks;
    trends.averageHeat = heat.average();
    for (int week = 0; week < weeks; ++week)
        trends.byWeek[week].averageHeat = weekHeat.at(week).average();
    trends.topics = topics.sorted(JournalQuestion::About);
    trends.channels = channels.sorted(JournalQuestion::How);
    trends.timesOfDay = timesOfDay.sorted(JournalQuestion::TimeOfDay);
    return trends;
}

} // namespace cg
