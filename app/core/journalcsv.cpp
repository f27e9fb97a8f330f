#include "core/journalcsv.h"

#include "core/journalchoices.h"

#include <QCoreApplication>

namespace cg {
namespace {

// The words here, under one translation context.
struct Words {
    Q_DECLARE_TR_FUNCTIONS(JournalCsv)
};

QString cell(QString text)
{
    // A note starting "=" must never run as a formula when the file is opened.
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return text;
}

QString labels(JournalQuestion question, const QStringList &keys)
{
    QStringList words;
    for (const QString &key : keys)
        words << journalChoiceLabel(question, key);
    return words.join(QStringLiteral("; "));
}

QString yesNo(bool value)
{
    return value ? Words::tr("yes") : Words::tr("no");
}

} // namespace

QByteArray journalToCsv(const QList<JournalEntry> &entries)
{
    QStringList rows;
    rows << QStringList{Words::tr("Date"),           Words::tr("Time"),
                        Words::tr("Kind"),           Words::tr("Who with"),
                        Words::tr("How"),            Words::tr("About"),
                        Words::tr("How heated (1-5)"), Words::tr("What happened"),
                        Words::tr("Children there"), Words::tr("Children saw"),
                        Words::tr("Children heard"), Words::tr("How the children seemed"),
                        Words::tr("How it ended"),   Words::tr("How I felt"),
                        Words::tr("What helped"),    Words::tr("Note")}
                .join(QLatin1Char(','));
    for (const JournalEntry &entry : entries) {
        const QDateTime local = entry.when.toLocalTime();
        const bool argument = entry.kind == JournalEntry::Kind::Argument;
        const QStringList row{
            local.date().toString(Qt::ISODate),
            local.time().toString(QStringLiteral("HH:mm")),
            argument ? Words::tr("Argument") : Words::tr("Good day"),
            journalChoiceLabel(JournalQuestion::WithWhom, entry.withWhom),
            journalChoiceLabel(JournalQuestion::How, entry.how),
            labels(JournalQuestion::About, entry.about),
            entry.heat > 0 ? QString::number(entry.heat) : QString(),
            labels(JournalQuestion::Happened, entry.happened),
            argument ? yesNo(entry.childrenThere) : QString(),
            argument ? yesNo(entry.childrenSaw) : QString(),
            argument ? yesNo(entry.childrenHeard) : QString(),
            entry.childrenSeemed,
            journalChoiceLabel(JournalQuestion::Ending, entry.ending),
            entry.feelingNow,
            entry.helped,
            entry.note,
        };
        QStringList cells;
        for (const QString &text : row)
            cells << cell(text);
        rows << cells.join(QLatin1Char(','));
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + rows.join(QStringLiteral("\r\n")).toUtf8() + QByteArrayLiteral("\r\n");
}

} // namespace cg
