#include "models/journaltrendsmodel.h"

#include "core/journalchoices.h"

#include <QLocale>

#include <cmath>

namespace cg {
namespace {

constexpr int kPeriods[] = {2, 4, 12};

QVariantList talliesFor(const QList<JournalTally> &tallies, JournalQuestion question)
{
    QVariantList rows;
    for (const JournalTally &tally : tallies)
        rows << QVariantMap{{QStringLiteral("label"), journalChoiceLabel(question, tally.key)},
                            {QStringLiteral("count"), tally.count}};
    return rows;
}

QString oneDecimal(double value)
{
    return QLocale().toString(value, 'f', 1);
}

} // namespace

JournalTrendsModel::JournalTrendsModel(Today today, ModuleTitle moduleTitle, QObject *parent)
    : QObject(parent)
    , m_today(std::move(today))
    , m_moduleTitle(std::move(moduleTitle))
{
    recompute(4);
}

void JournalTrendsModel::setWeeks(int weeks)
{
    if (std::find(std::begin(kPeriods), std::end(kPeriods), weeks) == std::end(kPeriods) || weeks == m_trends.weeks)
        return;
    recompute(weeks);
}

QVariantList JournalTrendsModel::periods() const
{
    QVariantList periods;
    for (int weeks : kPeriods)
        periods << QVariantMap{{QStringLiteral("weeks"), weeks}, {QStringLiteral("label"), tr("%1 weeks").arg(weeks)}};
    return periods;
}

void JournalTrendsModel::setEntries(const QList<JournalEntry> &entries)
{
    m_entries = entries;
    recompute(m_trends.weeks);
}

void JournalTrendsModel::clear()
{
    setEntries({});
}

void JournalTrendsModel::recompute(int weeks)
{
    m_trends = journalTrends(m_entries, m_today(), weeks);
    const QDate firstDay = m_trends.byWeek.isEmpty() ? m_today() : m_trends.byWeek.first().firstDay;
    QList<JournalEntry> recent;
    // A day's margin in UTC first, so only entries near the period pay for a time-zone lookup.
    const QDateTime margin = QDateTime(firstDay.addDays(-1), QTime(0, 0), Qt::UTC);
    for (const JournalEntry &entry : m_entries) {
        if (entry.when >= margin && entry.when.toLocalTime().date() >= firstDay)
            recent << entry;
    }
    m_insights = journalInsights(recent, m_trends);
    emit changed();
}

QStringList JournalTrendsModel::summary() const
{
    const JournalTrends &t = m_trends;
    QStringList lines;
    lines << (t.arguments == 1 ? tr("1 argument in the last %1 weeks.").arg(t.weeks)
                               : tr("%1 arguments in the last %2 weeks.").arg(t.arguments).arg(t.weeks));
    if (t.arguments > 0) {
        lines << tr("That is about %1 a week.").arg(oneDecimal(t.argumentsPerWeek));
        if (t.averageHeat > 0)
            lines << tr("On average they felt: %1 (%2 out of 5).")
                         .arg(journalHeatLabel(int(std::lround(t.averageHeat))).toLower(), oneDecimal(t.averageHeat));
        lines << tr("Sorted out or made up later: %1 of %2.").arg(t.sortedOut).arg(t.arguments);
        lines << tr("The children were there, saw or heard: %1 of %2.").arg(t.childrenPresent).arg(t.arguments);
    }
    lines << tr("Good days noted: %1.").arg(t.goodDays);
    return lines;
}

QVariantList JournalTrendsModel::weekBars() const
{
    QVariantList bars;
    const QLocale locale;
    for (const JournalWeek &week : m_trends.byWeek) {
        bars << QVariantMap{{QStringLiteral("label"), locale.toString(week.firstDay, QStringLiteral("d MMM"))},
                            {QStringLiteral("arguments"), week.arguments},
                            {QStringLiteral("goodDays"), week.goodDays}};
    }
    return bars;
}

int JournalTrendsModel::mostInAWeek() const
{
    int most = 0;
    for (const JournalWeek &week : m_trends.byWeek)
        most = std::max({most, week.arguments, week.goodDays});
    return most;
}

QString JournalTrendsModel::chartDescription() const
{
    QStringList weeks;
    const QLocale locale;
    for (const JournalWeek &week : m_trends.byWeek) {
        weeks << tr("week from %1: %2 arguments, %3 good days")
                     .arg(locale.toString(week.firstDay, QStringLiteral("d MMMM")))
                     .arg(week.arguments)
                     .arg(week.goodDays);
    }
    return tr("Arguments and good days each week. %1.").arg(weeks.join(QStringLiteral("; ")));
}

QVariantList JournalTrendsModel::topics() const
{
    return talliesFor(m_trends.topics, JournalQuestion::About);
}

QVariantList JournalTrendsModel::channels() const
{
    return talliesFor(m_trends.channels, JournalQuestion::How);
}

QVariantList JournalTrendsModel::timesOfDay() const
{
    return talliesFor(m_trends.timesOfDay, JournalQuestion::TimeOfDay);
}

QVariantList JournalTrendsModel::insights() const
{
    QVariantList rows;
    for (const JournalInsight &insight : m_insights) {
        const QString title = insight.moduleId.isEmpty() ? QString() : m_moduleTitle(insight.moduleId);
        rows << QVariantMap{{QStringLiteral("text"), insight.text},
                            {QStringLiteral("moduleId"), title.isEmpty() ? QString() : insight.moduleId},
                            {QStringLiteral("moduleTitle"), title}};
    }
    return rows;
}

void JournalTrendsModel::openGuide(const QString &moduleId)
{
    if (!m_moduleTitle(moduleId).isEmpty())
        emit guideRequested(moduleId);
}

} // namespace cg
