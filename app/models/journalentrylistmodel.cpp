#include "models/journalentrylistmodel.h"

#include "core/journalchoices.h"

#include <QLocale>

#include <algorithm>

namespace cg {

JournalEntryListModel::JournalEntryListModel(Today today, QObject *parent)
    : QAbstractListModel(parent)
    , m_today(std::move(today))
{
}

int JournalEntryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant JournalEntryListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalEntry &entry = m_entries.at(index.row());
    switch (role) {
    case EntryIdRole:
        return entry.id;
    case GoodDayRole:
        return entry.kind == JournalEntry::Kind::GoodDay;
    case DateTextRole:
        return dateText(entry.when);
    case TitleRole:
    case Qt::DisplayRole:
        return titleOf(entry);
    case DetailRole:
        return detailOf(entry);
    case NoteRole:
        return entry.note;
    case HeatRole:
        return entry.heat;
    default:
        return {};
    }
}

QHash<int, QByteArray> JournalEntryListModel::roleNames() const
{
    return {{EntryIdRole, "entryId"}, {GoodDayRole, "goodDay"}, {DateTextRole, "dateText"}, {TitleRole, "title"},
            {DetailRole, "detail"}, {NoteRole, "note"}, {HeatRole, "heat"}};
}

void JournalEntryListModel::setEntries(const QList<JournalEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    std::reverse(m_entries.begin(), m_entries.end());
    endResetModel();
    emit countChanged();
}

void JournalEntryListModel::clear()
{
    setEntries({});
}

QString JournalEntryListModel::titleOf(const JournalEntry &entry)
{
    if (entry.kind == JournalEntry::Kind::GoodDay)
        return tr("A good day");
    if (entry.withWhom == QLatin1String("partner"))
        return tr("Argument with my partner");
    if (entry.withWhom == QLatin1String("ex-or-co-parent"))
        return tr("Argument with my ex or co-parent");
    if (entry.withWhom == QLatin1String("other-family"))
        return tr("Argument with family");
    return tr("Argument");
}

QString JournalEntryListModel::detailOf(const JournalEntry &entry)
{
    QStringList parts;
    for (const QString &topic : entry.about)
        parts << journalChoiceLabel(JournalQuestion::About, topic);
    if (entry.heat > 0)
        parts << journalHeatLabel(entry.heat);
    if (!entry.ending.isEmpty())
        parts << journalChoiceLabel(JournalQuestion::Ending, entry.ending);
    return parts.join(QStringLiteral(" · "));
}

QString JournalEntryListModel::dateText(const QDateTime &when) const
{
    const QDateTime local = when.toLocalTime();
    const QLocale locale;
    const QString time = local.time().toString(QStringLiteral("HH:mm"));
    const qint64 daysAgo = local.date().daysTo(m_today());
    if (daysAgo == 0)
        return tr("Today, %1").arg(time);
    if (daysAgo == 1)
        return tr("Yesterday, %1").arg(time);
    return locale.toString(local.date(), QStringLiteral("ddd d MMM")) + QStringLiteral(", ") + time;
}

} // namespace cg
