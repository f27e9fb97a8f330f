#include "core/journalsummary.h"

#include "core/journalchoices.h"

#include <QCoreApplication>
#include <QLocale>

namespace cg {
namespace {

// The words here, under one translation context.
struct Words {
    Q_DECLARE_TR_FUNCTIONS(JournalSummary)
};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><th align=\"left\">%1</th><td>%2</td></tr>").arg(escaped(label), escaped(value));
}

QString tallies(const QList<JournalTally> &tallies, JournalQuestion question)
{
    QStringList parts;
    for (const JournalTally &tally : tallies)
        parts << QStringLiteral("%1 (%2)").arg(journalChoiceLabel(question, tally.key)).arg(tally.count);
    return parts.isEmpty() ? Words::tr("none noted") : parts.join(QStringLiteral(", "));
}

QString entryBlock(const JournalEntry &entry)
{
    const QLocale locale;
    const QDateTime local = entry.when.toLocalTime();
    QStringList facts;
    if (!entry.withWhom.isEmpty())
        facts << journalChoiceLabel(JournalQuestion::WithWhom, entry.withWhom);
    if (!entry.how.isEmpty())
        facts << journalChoiceLabel(JournalQuestion::How, entry.how);
    for (const QString &topic : entry.about)
        facts << journalChoiceLabel(JournalQuestion::About, topic);
    if (entry.heat > 0)
        facts << Words::tr("heat %1 of 5").arg(entry.heat);
    for (const QString &happening : entry.happened)
        facts << journalChoiceLabel(JournalQuestion::Happened, happening);
    if (entry.childrenThere || entry.childrenSaw || entry.childrenHeard)
        facts << Words::tr("children there, saw or heard");
    if (!entry.ending.isEmpty())
        facts << journalChoiceLabel(JournalQuestion::Ending, entry.ending);

    QString html = QStringLiteral("<h3>%1 — %2</h3>")
                       .arg(escaped(locale.toString(local.date(), QStringLiteral("dddd d MMMM yyyy")) + QStringLiteral(", ")
                                    + local.time().toString(QStringLiteral("HH:mm"))),
                            escaped(entry.kind == JournalEntry::Kind::GoodDay ? Words::tr("A good day") : Words::tr("Argument")));
    if (!facts.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(escaped(facts.join(QStringLiteral(" · "))));
    const QList<std::pair<const char *, QString>> words{
        {QT_TRANSLATE_NOOP("JournalSummary", "How the children seemed"), entry.childrenSeemed},
        {QT_TRANSLATE_NOOP("JournalSummary", "How I felt"), entry.feelingNow},
        {QT_TRANSLATE_NOOP("JournalSummary", "What helped"), entry.helped},
        {QT_TRANSLATE_NOOP("JournalSummary", "Note"), entry.note},
    };
    for (const auto &[label, text] : words) {
        if (!text.isEmpty())
            html += QStringLiteral("<p><b>%1:</b> %2</p>").arg(escaped(Words::tr(label)), escaped(text));
    }
    return html;
}

} // namespace

QString journalSummaryHtml(const QList<JournalEntry> &entries, const JournalTrends &trends, QDate today)
{
    const QLocale locale;
    const QDate firstDay = trends.byWeek.isEmpty() ? today : trends.byWeek.first().firstDay;
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(escaped(Words::tr("My journal summary")));
    html += QStringLiteral("<p>%1</p>")
                .arg(escaped(Words::tr("From the Common Ground app, %1 to %2. Written by me, for the people I choose to share it with.")
                                 .arg(locale.toString(firstDay, QStringLiteral("d MMMM yyyy")),
                                      locale.toString(today, QStringLiteral("d MMMM yyyy")))));
    html += QStringLiteral("<h2>%1</h2><table cellpadding=\"4\">").arg(escaped(Words::tr("Patterns")));
    html += row(Words::tr("Arguments"), QString::number(trends.arguments));
    html += row(Words::tr("Arguments a week"), locale.toString(trends.argumentsPerWeek, 'f', 1));
    if (trends.averageHeat > 0)
        html += row(Words::tr("Average heat (1 to 5)"), locale.toString(trends.averageHeat, 'f', 1));
    html += row(Words::tr("Sorted out or made up later"), Words::tr("%1 of %2").arg(trends.sortedOut).arg(trends.arguments));
    html += row(Words::tr("Children there, saw or heard"), Words::tr("%1 of %2").arg(trends.childrenPresent).arg(trends.arguments));
    html += row(Words::tr("Good days"), QString::number(trends.goodDays));
    html += row(Words::tr("What they were about"), tallies(trends.topics, JournalQuestion::About));
    html += row(Words::tr("How they happened"), tallies(trends.channels, JournalQuestion::How));
    html += row(Words::tr("Time of day"), tallies(trends.timesOfDay, JournalQuestion::TimeOfDay));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h2>%1</h2>").arg(escaped(Words::tr("Entries, newest first")));
    int shown = 0;
    for (auto entry = entries.crbegin(); entry != entries.crend(); ++entry) {
        if (entry->when.toLocalTime().date() < firstDay || entry->when.toLocalTime().date() > today)
            continue;
        html += entryBlock(*entry);
        ++shown;
    }
    if (shown == 0)
        html += QStringLiteral("<p>%1</p>").arg(escaped(Words::tr("No entries in this period.")));
    return html + QStringLiteral("</body></html>");
}

} // namespace cg
