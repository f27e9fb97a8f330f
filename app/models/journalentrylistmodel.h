#pragma once

#include "core/journalentry.h"

#include <QAbstractListModel>
#include <QDate>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace cg {

// The journal's entries, newest first, each summed up in a line or two for the list.
class JournalEntryListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the journal")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { EntryIdRole = Qt::UserRole + 1, GoodDayRole, DateTextRole, TitleRole, DetailRole, NoteRole, HeatRole };
    using Today = std::function<QDate()>;

    explicit JournalEntryListModel(Today today, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // `entries` oldest first, as the store gives them.
    void setEntries(const QList<JournalEntry> &entries);
    // Drops every entry from memory (the journal locked).
    void clear();

    static QString titleOf(const JournalEntry &entry);
    static QString detailOf(const JournalEntry &entry);

signals:
    void countChanged();

private:
    QString dateText(const QDateTime &when) const;

    Today m_today;
    QList<JournalEntry> m_entries;  // newest first
};

} // namespace cg
