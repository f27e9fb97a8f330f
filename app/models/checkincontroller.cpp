#include "models/checkincontroller.h"

#include "core/platformservices.h"
#include "models/settingscontroller.h"

#include <QLocale>

#include <algorithm>

namespace cg {

CheckInController::CheckInController(CheckInDefinition definition, CheckInStore &store, SettingsController &settings,
                                     PlatformServices &platform, Clock now, QObject *parent)
    : QObject(parent)
    , m_definition(std::move(definition))
    , m_store(store)
    , m_settings(settings)
    , m_platform(platform)
    , m_now(std::move(now))
    , m_progress(m_definition)
{
    // The reminder set last time may be out of date (another version, the clock changed).
    updateReminder();
}

const QStringList &CheckInController::stagesDone() const
{
    return m_settings.checkInSchedule().stagesDone;
}

std::optional<CheckInStage> CheckInController::dueNow() const
{
    return dueStage(m_definition, m_settings.checkInSchedule().startedOn, today(), stagesDone());
}

bool CheckInController::cardShown() const
{
    const CheckInSchedule &schedule = m_settings.checkInSchedule();
    const QDate snoozedUntil = schedule.snoozedUntil;
    return schedule.remindersOn && dueNow() && (!snoozedUntil.isValid() || today() >= snoozedUntil);
}

QString CheckInController::dueLabel() const
{
    const std::optional<CheckInStage> stage = dueNow();
    return stage ? stage->label : QString();
}

QString CheckInController::nextDue() const
{
    const CheckInSchedule &schedule = m_settings.checkInSchedule();
    const std::optional<QDate> day = nextStageDay(m_definition, schedule.startedOn, today(), schedule.stagesDone);
    return day ? QLocale().toString(*day, QStringLiteral("d MMMM")) : QString();
}

bool CheckInController::remindersOn() const
{
    return m_settings.checkInSchedule().remindersOn;
}

QString CheckInController::question() const
{
    return m_question < questionCount() ? m_definition.items.at(m_question).question : QString();
}

QStringList CheckInController::answers() const
{
    QStringList texts;
    if (m_question < questionCount()) {
        for (const CheckInAnswer &answer : m_definition.items.at(m_question).answers)
            texts << answer.text;
    }
    return texts;
}

int CheckInController::chosen() const
{
    return m_question < questionCount() ? m_answers.value(m_definition.items.at(m_question).id, -1) : -1;
}

void CheckInController::start()
{
    m_answers.clear();
    m_question = 0;
    m_finished = false;
    setProblem({});
    emit questionChanged();
}

bool CheckInController::choose(int answer)
{
    if (m_finished || m_question >= questionCount() || answer < 0
        || answer >= m_definition.items.at(m_question).answers.size())
        return false;
    m_answers.insert(m_definition.items.at(m_question).id, answer);
    return moveOn();
}

bool CheckInController::skip()
{
    if (m_finished || m_question >= questionCount())
        return false;
    m_answers.remove(m_definition.items.at(m_question).id);
    return moveOn();
}

bool CheckInController::moveOn()
{
    if (m_question + 1 < questionCount()) {
        ++m_question;
        emit questionChanged();
        return true;
    }
    emit questionChanged();
    return save();
}

void CheckInController::back()
{
    if (m_finished || m_question == 0)
        return;
    --m_question;
    setProblem({});
    emit questionChanged();
}

bool CheckInController::save()
{
    const std::optional<CheckInStage> stage = dueNow();
    CheckInRecord record{today(), stage ? stage->id : QString(), m_answers, {}};
    const std::optional<QString> id = m_store.save(record);
    if (!id) {
        setProblem(tr("Your answers could not be saved, so they are still here. Please try again. (%1)")
                       .arg(m_store.lastError()));
        return false;
    }
    record.id = *id;
    m_records.append(record);
    // Oldest first, even when the phone's clock was set back.
    std::stable_sort(m_records.begin(), m_records.end(),
                     [](const CheckInRecord &a, const CheckInRecord &b) { return a.takenOn < b.takenOn; });
    m_finished = true;
    m_answers.clear();
    m_progress.setRecords(m_records);
    noteDone(record);
    emit questionChanged();
    offerBands(record);
    if (opensSafety(m_definition, record))
        emit safetyAnswerGiven();
    return true;
}

void CheckInController::noteDone(const CheckInRecord &record)
{
    CheckInSchedule schedule = m_settings.checkInSchedule();
    const bool first = schedule.stagesDone.isEmpty();
    if (!record.stage.isEmpty()) {
        if (first)
            schedule.startedOn = record.takenOn;
        schedule.stagesDone.append(record.stage);
        emit stageDone(record.stage);
    }
    schedule.snoozedUntil = {};
    // The check-in itself is safe on disk; a schedule that failed to save only means Home offers
    // the same stage again.
    if (!m_settings.saveCheckInSchedule(schedule))
        setProblem(tr("Your answers are saved. The app could not note the date, so it may ask again. (%1)")
                       .arg(m_settings.saveError()));
    else
        setProblem({});
    if (first && schedule.remindersOn)
        m_platform.askToRemind();
    updateReminder();
    emit scheduleChanged();
}

void CheckInController::offerBands(const CheckInRecord &record)
{
    // Change is measured from the starting check-in (or, if it was lost, the earliest kept).
    const QString startStage = m_definition.stages.isEmpty() ? QString() : m_definition.stages.first().id;
    const auto start = std::find_if(m_records.cbegin(), m_records.cend(),
                                    [&startStage](const CheckInRecord &earlier) { return earlier.stage == startStage; });
    const CheckInRecord &baseline = start != m_records.cend() ? *start : m_records.first();
    if (record.stage.isEmpty() || baseline.id == record.id)
        return;
    const QList<BandedChange> changes = bandedChanges(m_definition, baseline, record);
    if (!changes.isEmpty())
        emit bandedChangesReady(changes);
}

bool CheckInController::snooze()
{
    CheckInSchedule schedule = m_settings.checkInSchedule();
    schedule.snoozedUntil = today().addDays(snoozeDays);
    const bool saved = m_settings.saveCheckInSchedule(schedule);
    emit scheduleChanged();
    return saved;
}

bool CheckInController::setRemindersOn(bool on)
{
    CheckInSchedule schedule = m_settings.checkInSchedule();
    schedule.remindersOn = on;
    schedule.snoozedUntil = {};
    const bool saved = m_settings.saveCheckInSchedule(schedule);
    if (on && saved)
        m_platform.askToRemind();
    updateReminder();
    emit scheduleChanged();
    return saved;
}

bool CheckInController::reload()
{
    const std::optional<QList<CheckInRecord>> records = m_store.loadAll();
    if (!records) {
        setProblem(tr("Your check-ins cannot be read right now. Nothing has been deleted. (%1)").arg(m_store.lastError()));
        return false;
    }
    m_records = *records;
    m_progress.setRecords(m_records);
    return true;
}

void CheckInController::forget()
{
    m_records.clear();
    m_progress.clear();
    start();
}

bool CheckInController::removeAll()
{
    if (!m_store.removeAll())
        return false;
    forget();
    CheckInSchedule schedule;
    schedule.remindersOn = m_settings.checkInSchedule().remindersOn;
    const bool saved = m_settings.saveCheckInSchedule(schedule);
    updateReminder();
    emit scheduleChanged();
    return saved;
}

void CheckInController::checkDay()
{
    emit scheduleChanged();
}

void CheckInController::updateReminder()
{
    const CheckInSchedule &schedule = m_settings.checkInSchedule();
    const std::optional<QDate> day = nextStageDay(m_definition, schedule.startedOn, today(), schedule.stagesDone);
    if (!schedule.remindersOn || !day) {
        m_platform.cancelReminder();
        return;
    }
    // Words that could be about anything: the reminder may show on a locked screen.
    m_platform.scheduleReminder(QDateTime(*day, QTime(reminderHour, 0)), tr("A short check-in is ready when you are."));
}

void CheckInController::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    emit problemChanged();
}

} // namespace cg
