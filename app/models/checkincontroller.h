#pragma once

#include "core/checkin.h"
#include "core/checkinstore.h"
#include "models/checkinprogressmodel.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace cg {

class PlatformServices;
class SettingsController;

// Progress check-ins: when one is due (Home's card and the phone's reminder), taking one a
// question at a time, and the progress screen. Answers are private data: they are read and
// written only while the private data is open, and leave memory when it locks. When check-ins
// fall due is kept in settings, so Home can offer one while the journal is locked.
class CheckInController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the app at start-up")
    Q_PROPERTY(bool cardShown READ cardShown NOTIFY scheduleChanged)
    Q_PROPERTY(bool firstTime READ firstTime NOTIFY scheduleChanged)
    Q_PROPERTY(QString dueLabel READ dueLabel NOTIFY scheduleChanged)
    Q_PROPERTY(QString nextDue READ nextDue NOTIFY scheduleChanged)
    Q_PROPERTY(bool remindersOn READ remindersOn NOTIFY scheduleChanged)
    Q_PROPERTY(QString intro READ intro CONSTANT)
    Q_PROPERTY(int questionCount READ questionCount CONSTANT)
    Q_PROPERTY(int questionIndex READ questionIndex NOTIFY questionChanged)
    Q_PROPERTY(QString question READ question NOTIFY questionChanged)
    Q_PROPERTY(QStringList answers READ answers NOTIFY questionChanged)
    Q_PROPERTY(int chosen READ chosen NOTIFY questionChanged)
    Q_PROPERTY(bool finished READ finished NOTIFY questionChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
    Q_PROPERTY(cg::CheckInProgressModel *progress READ progress CONSTANT)

public:
    using Clock = std::function<QDateTime()>;

    // How long "Not now" puts Home's card away.
    static constexpr int snoozeDays = 7;
    // The phone's reminder comes at this hour on the day a check-in falls due, local time.
    static constexpr int reminderHour = 10;

    CheckInController(CheckInDefinition definition, CheckInStore &store, SettingsController &settings,
                      PlatformServices &platform, Clock now, QObject *parent = nullptr);

    bool cardShown() const;
    bool firstTime() const { return stagesDone().isEmpty(); }
    QString dueLabel() const;
    QString nextDue() const;
    bool remindersOn() const;
    QString intro() const { return m_definition.intro; }
    int questionCount() const { return int(m_definition.items.size()); }
    int questionIndex() const { return m_question; }
    QString question() const;
    QStringList answers() const;
    int chosen() const;
    bool finished() const { return m_finished; }
    QString problem() const { return m_problem; }
    CheckInProgressModel *progress() { return &m_progress; }
    const CheckInDefinition &definition() const { return m_definition; }
    // The stage a check-in taken now counts for, or none (one the parent chose to take).
    std::optional<CheckInStage> dueNow() const;

    // A fresh check-in from the first question.
    Q_INVOKABLE void start();
    // Chooses an answer and moves on; after the last question the check-in is saved. False when
    // saving failed: every answer stays, and problem() says so.
    Q_INVOKABLE bool choose(int answer);
    Q_INVOKABLE bool skip();
    Q_INVOKABLE void back();
    // "Not now": Home's card goes for a week. No streaks, no second reminder.
    Q_INVOKABLE bool snooze();
    Q_INVOKABLE bool setRemindersOn(bool on);

    // Reads the check-ins again (the private data has just opened). False when they cannot be
    // read, with problem() saying so.
    bool reload();
    // The private data locked: answers, taken or half-taken, leave memory.
    void forget();
    // Deletes every check-in and starts the schedule again (a forgotten PIN: the key is going).
    bool removeAll();
    // The day may have changed while the app was away: Home's card is worked out again.
    void checkDay();

signals:
    void scheduleChanged();
    void questionChanged();
    void problemChanged();
    // After saving a check-in with an answer that is not about conflict at all, such as feeling
    // frightened: the safety route opens.
    void safetyAnswerGiven();
    // A check-in counted for a stage after the first: for each measure, better, same or worse.
    // Only this may ever be offered to anonymous statistics (and only with consent).
    void bandedChangesReady(const QList<cg::BandedChange> &changes);
    // A check-in counted for this stage (never the answers): for the statistics.
    void stageDone(const QString &stage);

private:
    QDate today() const { return m_now().date(); }
    const QStringList &stagesDone() const;
    // The next question, or after the last one, saving.
    bool moveOn();
    bool save();
    // After a save: the stage done, the next reminder, and Home's card.
    void noteDone(const CheckInRecord &record);
    // After a save for a stage: its change since the start, for the statistics to count.
    void offerBands(const CheckInRecord &record);
    void updateReminder();
    void setProblem(const QString &problem);

    CheckInDefinition m_definition;
    CheckInStore &m_store;
    SettingsController &m_settings;
    PlatformServices &m_platform;
    Clock m_now;
    CheckInProgressModel m_progress;
    QList<CheckInRecord> m_records;  // read while the private data is open
    QHash<QString, int> m_answers;   // the check-in being taken
    int m_question = 0;
    bool m_finished = false;
    QString m_problem;
};

} // namespace cg
