#include "models/journaldraft.h"

#include "core/journalchoices.h"

#include <QLocale>

namespace cg {
namespace {

// The last week is offered as days to tap; an older entry being changed keeps its own day.
constexpr int kDaysOffered = 7;

QList<ChipListModel::Chip> chipsFor(JournalQuestion question)
{
    QList<ChipListModel::Chip> chips;
    for (const JournalChoice &choice : journalChoices(question))
        chips << ChipListModel::Chip{QString::fromLatin1(choice.key), journalChoiceLabel(question, QString::fromLatin1(choice.key))};
    return chips;
}

} // namespace

JournalDraft::JournalDraft(Clock now, QObject *parent)
    : QObject(parent)
    , m_now(std::move(now))
    , m_days({}, false)
    , m_timesOfDay(chipsFor(JournalQuestion::TimeOfDay), false)
    , m_people(chipsFor(JournalQuestion::WithWhom), false)
    , m_channels(chipsFor(JournalQuestion::How), false)
    , m_topics(chipsFor(JournalQuestion::About), true)
    , m_happenings(chipsFor(JournalQuestion::Happened), true)
    , m_endings(chipsFor(JournalQuestion::Ending), false)
{
    for (ChipListModel *chips : {&m_days, &m_timesOfDay, &m_people, &m_channels, &m_topics, &m_happenings, &m_endings})
        connect(chips, &ChipListModel::selectionChanged, this, &JournalDraft::changed);
    startNew(JournalEntry::Kind::Argument);
}

QString JournalDraft::whenText() const
{
    const QDate picked = QDate::fromString(m_days.selectedKey(), Qt::ISODate);
    // With no day picked, the entry keeps the day it started with (see toEntry()).
    const QDate day = picked.isValid() ? picked : m_when.date();
    const QDate today = m_now().date();
    const QString dayText = day == today ? tr("Today")
        : day == today.addDays(-1) ? tr("Yesterday")
        : QLocale().toString(day, QStringLiteral("ddd d MMM"));
    const QString part = m_timesOfDay.selectedKey();
    return part.isEmpty() ? dayText
                          : tr("%1, %2").arg(dayText, journalChoiceLabel(JournalQuestion::TimeOfDay, part).toLower());
}

void JournalDraft::startNew(JournalEntry::Kind kind)
{
    JournalEntry entry;
    entry.kind = kind;
    entry.when = m_now();
    fill(entry);
}

void JournalDraft::startEditing(const JournalEntry &entry)
{
    fill(entry);
}

void JournalDraft::fill(const JournalEntry &entry)
{
    m_id = entry.id;
    m_kind = entry.kind;
    m_when = entry.when.toLocalTime();
    m_days.setChips(dayChips(m_now().date(), m_when.date()));
    m_days.select({m_when.date().toString(Qt::ISODate)});
    m_timesOfDay.select({timeOfDayKey(m_when.time().hour())});
    m_people.select(entry.withWhom.isEmpty() ? QStringList() : QStringList{entry.withWhom});
    m_channels.select(entry.how.isEmpty() ? QStringList() : QStringList{entry.how});
    m_topics.select(entry.about);
    m_happenings.select(entry.happened);
    m_endings.select(entry.ending.isEmpty() ? QStringList() : QStringList{entry.ending});
    m_heat = entry.heat;
    m_childrenThere = entry.childrenThere;
    m_childrenSaw = entry.childrenSaw;
    m_childrenHeard = entry.childrenHeard;
    m_childrenSeemed = entry.childrenSeemed;
    m_feelingNow = entry.feelingNow;
    m_helped = entry.helped;
    m_note = entry.note;
    m_started = toEntry();
    emit reset();
    emit changed();
}

QList<ChipListModel::Chip> JournalDraft::dayChips(QDate today, QDate entryDay) const
{
    QList<ChipListModel::Chip> chips;
    const QLocale locale;
    for (int back = 0; back < kDaysOffered; ++back) {
        const QDate day = today.addDays(-back);
        const QString label = back == 0 ? tr("Today")
            : back == 1 ? tr("Yesterday")
            : locale.toString(day, QStringLiteral("ddd d MMM"));
        chips << ChipListModel::Chip{day.toString(Qt::ISODate), label};
    }
    if (entryDay.isValid() && (entryDay > today || entryDay < today.addDays(-(kDaysOffered - 1))))
        chips << ChipListModel::Chip{entryDay.toString(Qt::ISODate), locale.toString(entryDay, QStringLiteral("d MMM yyyy"))};
    return chips;
}

JournalEntry JournalDraft::toEntry() const
{
    JournalEntry entry;
    entry.id = m_id;
    entry.kind = m_kind;
    const QDate day = QDate::fromString(m_days.selectedKey(), Qt::ISODate);
    const QString part = m_timesOfDay.selectedKey();
    const bool sameAsStarted = (!day.isValid() || day == m_when.date())
        && (part.isEmpty() || part == timeOfDayKey(m_when.time().hour()));
    if (sameAsStarted) {
        entry.when = m_when;
    } else {
        const QDate chosenDay = day.isValid() ? day : m_when.date();
        const int hour = part.isEmpty() ? m_when.time().hour() : representativeHour(part);
        QDateTime when(chosenDay, QTime(hour, 0));
        // Tonight has not happened yet, but the small hours of today have.
        if (part == QLatin1String("night") && when > m_now())
            when = QDateTime(chosenDay, QTime(2, 0));
        entry.when = std::min(when, m_now());
    }
    entry.withWhom = m_people.selectedKey();
    entry.how = m_channels.selectedKey();
    entry.about = m_topics.selectedKeys();
    entry.happened = m_happenings.selectedKeys();
    entry.ending = m_endings.selectedKey();
    entry.heat = m_heat;
    entry.childrenThere = m_childrenThere;
    entry.childrenSaw = m_childrenSaw;
    entry.childrenHeard = m_childrenHeard;
    entry.childrenSeemed = m_childrenSeemed.trimmed();
    entry.feelingNow = m_feelingNow.trimmed();
    entry.helped = m_helped.trimmed();
    entry.note = m_note.trimmed();
    return entry;
}

void JournalDraft::setHeat(int heat)
{
    const int next = heat >= journalHeatMin && heat <= journalHeatMax ? heat : 0;
    if (next == m_heat)
        return;
    m_heat = next;
    emit changed();
}

QString JournalDraft::heatLabel() const
{
    return journalHeatLabel(m_heat);
}

} // namespace cg
