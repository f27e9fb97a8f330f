#pragma once

#include "core/journalentry.h"
#include "models/chiplistmodel.h"

#include <QDateTime>
#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace cg {

// The journal entry being written or changed, question by question. Every answer is optional;
// "when" starts as now, so a parent in a hurry can save after one tap.
class JournalDraft : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the journal")
    Q_PROPERTY(bool goodDay READ goodDay NOTIFY reset)
    Q_PROPERTY(bool editing READ editing NOTIFY reset)
    Q_PROPERTY(QString whenText READ whenText NOTIFY changed)
    Q_PROPERTY(cg::ChipListModel *days READ days CONSTANT)
    Q_PROPERTY(cg::ChipListModel *timesOfDay READ timesOfDay CONSTANT)
    Q_PROPERTY(cg::ChipListModel *people READ people CONSTANT)
    Q_PROPERTY(cg::ChipListModel *channels READ channels CONSTANT)
    Q_PROPERTY(cg::ChipListModel *topics READ topics CONSTANT)
    Q_PROPERTY(cg::ChipListModel *happenings READ happenings CONSTANT)
    Q_PROPERTY(cg::ChipListModel *endings READ endings CONSTANT)
    Q_PROPERTY(int heat READ heat WRITE setHeat NOTIFY changed)
    Q_PROPERTY(QString heatLabel READ heatLabel NOTIFY changed)
    Q_PROPERTY(bool childrenThere MEMBER m_childrenThere NOTIFY changed)
    Q_PROPERTY(bool childrenSaw MEMBER m_childrenSaw NOTIFY changed)
    Q_PROPERTY(bool childrenHeard MEMBER m_childrenHeard NOTIFY changed)
    Q_PROPERTY(QString childrenSeemed MEMBER m_childrenSeemed NOTIFY changed)
    Q_PROPERTY(QString feelingNow MEMBER m_feelingNow NOTIFY changed)
    Q_PROPERTY(QString helped MEMBER m_helped NOTIFY changed)
    Q_PROPERTY(QString note MEMBER m_note NOTIFY changed)
    Q_PROPERTY(bool hasChanges READ hasChanges NOTIFY changed)

public:
    using Clock = std::function<QDateTime()>;

    explicit JournalDraft(Clock now, QObject *parent = nullptr);

    // A fresh argument or good day, happening now.
    void startNew(JournalEntry::Kind kind);
    // Every answer of a saved entry, to change it.
    void startEditing(const JournalEntry &entry);
    // The entry as answered. Its time is the saved one, or now, unless the parent picked another
    // day or part of the day; then the middle of that part (never later than now).
    JournalEntry toEntry() const;

    bool goodDay() const { return m_kind == JournalEntry::Kind::GoodDay; }
    bool editing() const { return !m_id.isEmpty(); }
    // The chosen day and part of the day in words, such as "Today, evening".
    QString whenText() const;
    ChipListModel *days() { return &m_days; }
    ChipListModel *timesOfDay() { return &m_timesOfDay; }
    ChipListModel *people() { return &m_people; }
    ChipListModel *channels() { return &m_channels; }
    ChipListModel *topics() { return &m_topics; }
    ChipListModel *happenings() { return &m_happenings; }
    ChipListModel *endings() { return &m_endings; }
    int heat() const { return m_heat; }
    void setHeat(int heat);
    QString heatLabel() const;
    // Anything answered or typed since the draft started (or was opened to change).
    bool hasChanges() const { return toEntry() != m_started; }

signals:
    void reset();
    void changed();

private:
    void fill(const JournalEntry &entry);
    QList<ChipListModel::Chip> dayChips(QDate today, QDate entryDay) const;

    Clock m_now;
    QString m_id;
    JournalEntry::Kind m_kind = JournalEntry::Kind::Argument;
    QDateTime m_when;  // the time the draft started with
    JournalEntry m_started;  // the draft as it started, to tell whether anything changed
    ChipListModel m_days;
    ChipListModel m_timesOfDay;
    ChipListModel m_people;
    ChipListModel m_channels;
    ChipListModel m_topics;
    ChipListModel m_happenings;
    ChipListModel m_endings;
    int m_heat = 0;
    bool m_childrenThere = false;
    bool m_childrenSaw = false;
    bool m_childrenHeard = false;
    QString m_childrenSeemed;
    QString m_feelingNow;
    QString m_helped;
    QString m_note;
};

} // namespace cg
