#include "catchqtstrings.h"
#include "content/checkinfile.h"
#include "memorycheckinstore.h"
#include "memorysettingsstore.h"
#include "models/checkincontroller.h"
#include "models/settingscontroller.h"
#include "recordingplatform.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTimeZone>

using namespace cg;

namespace {

CheckInDefinition shippedCheckIn()
{
    const CheckInFileResult read = readCheckIn(QStringLiteral(CG_CONTENT_DIR));
    REQUIRE(read.definition);
    return *read.definition;
}

// Everything a check-in controller needs, with a clock the test moves.
struct CheckInSetup {
    MemorySettingsStore settingsStore;
    SettingsController settings{settingsStore, {}, settingsStore.stored};
    MemoryCheckInStore store;
    RecordingPlatform platform;
    QDateTime now = QDateTime(QDate(2026, 3, 1), QTime(20, 0), QTimeZone("Europe/London"));
    CheckInController checkIn{shippedCheckIn(), store, settings, platform, [this] { return now; }};

    // Answers every question with the answer at `choice` (the same place in each list).
    bool answerAll(int choice)
    {
        checkIn.start();
        bool saved = false;
        for (int i = 0; i < checkIn.questionCount(); ++i)
            saved = checkIn.choose(choice);
        return saved;
    }
    void moveTo(QDate day) { now = QDateTime(day, QTime(20, 0), now.timeZone()); }
};

// The index of `text` among the current question's answers.
int answerIndex(const CheckInController &checkIn, const QString &text)
{
    return int(checkIn.answers().indexOf(text));
}

} // namespace

TEST_CASE("at first use Home offers the starting check-in, and taking it sets when the next falls due")
{
    CheckInSetup setup;
    CHECK(setup.checkIn.cardShown());
    CHECK(setup.checkIn.firstTime());
    REQUIRE(setup.answerAll(1));
    CHECK(setup.checkIn.finished());
    REQUIRE(setup.store.records.size() == 1);
    CHECK(setup.store.records.first().stage == QStringLiteral("start"));
    CHECK(setup.store.records.first().answers.size() == 6);
    CHECK(setup.settings.checkInSchedule().startedOn == QDate(2026, 3, 1));
    CHECK(setup.settings.checkInSchedule().stagesDone == QStringList{QStringLiteral("start")});
    CHECK_FALSE(setup.checkIn.cardShown());
    CHECK_FALSE(setup.checkIn.firstTime());
    // One reminder, on the day the 4-week check-in falls due, in words that say nothing private.
    CHECK(setup.platform.reminderAt == QDateTime(QDate(2026, 3, 29), QTime(CheckInController::reminderHour, 0)));
    CHECK(setup.platform.reminderText == QStringLiteral("A short check-in is ready when you are."));
    CHECK(setup.checkIn.progress()->checkInCount() == 1);
    // The phone asks about notifications now, once, never at start-up or on later check-ins.
    CHECK(setup.platform.remindPermissionAsks == 1);
    setup.moveTo(QDate(2026, 3, 29));
    REQUIRE(setup.answerAll(1));
    CHECK(setup.platform.remindPermissionAsks == 1);
}

TEST_CASE("a check-in falls due on the phone's own calendar day, wherever the phone is")
{
    CheckInSetup setup;
    REQUIRE(setup.answerAll(1));  // 1 March, in London
    // 03:00 on 29 March in London is still 28 March in New York: day 27 there.
    const QDateTime instant(QDate(2026, 3, 29), QTime(3, 0), Qt::UTC);
    setup.now = instant.toTimeZone(QTimeZone("America/New_York"));
    CHECK_FALSE(setup.checkIn.dueNow());
    setup.now = instant.toTimeZone(QTimeZone("Europe/London"));
    REQUIRE(setup.checkIn.dueNow());
    CHECK(setup.checkIn.dueNow()->id == QStringLiteral("4-weeks"));
    // And half a world east, it is already the 29th at 22:00 UTC on the 28th.
    setup.now = QDateTime(QDate(2026, 3, 28), QTime(22, 0), Qt::UTC).toTimeZone(QTimeZone("Asia/Tokyo"));
    CHECK(setup.checkIn.dueNow());
}

TEST_CASE("a phone clock set back or forward never asks for a backlog or an earlier stage again")
{
    CheckInSetup setup;
    REQUIRE(setup.answerAll(1));
    setup.moveTo(QDate(2025, 3, 1));  // a year back
    CHECK_FALSE(setup.checkIn.dueNow());
    CHECK_FALSE(setup.checkIn.cardShown());
    setup.moveTo(QDate(2026, 3, 1).addDays(200));  // months forward: only the latest stage
    REQUIRE(setup.checkIn.dueNow());
    CHECK(setup.checkIn.dueNow()->id == QStringLiteral("6-months"));
    REQUIRE(setup.answerAll(2));
    CHECK(setup.store.records.last().stage == QStringLiteral("6-months"));
    setup.moveTo(QDate(2026, 3, 31));  // back to day 30: the 4-week stage is past, not due
    CHECK_FALSE(setup.checkIn.dueNow());
    // Taken anyway, it is one of the parent's own choosing: kept, counted for no stage.
    REQUIRE(setup.answerAll(2));
    CHECK(setup.store.records.last().stage.isEmpty());
    CHECK(setup.settings.checkInSchedule().stagesDone
          == QStringList{QStringLiteral("start"), QStringLiteral("6-months")});
}

TEST_CASE("only better, same or worse per measure is offered for statistics, and only for a stage after the start")
{
    CheckInSetup setup;
    QSignalSpy bands(&setup.checkIn, &CheckInController::bandedChangesReady);
    setup.checkIn.start();
    setup.checkIn.choose(answerIndex(setup.checkIn, QStringLiteral("A few times a week")));
    setup.checkIn.choose(answerIndex(setup.checkIn, QStringLiteral("Raised voices")));
    setup.checkIn.choose(answerIndex(setup.checkIn, QStringLiteral("Rarely")));
    setup.checkIn.choose(answerIndex(setup.checkIn, QStringLiteral("Sometimes")));
    setup.checkIn.choose(answerIndex(setup.checkIn, QStringLiteral("Quite sure")));
    REQUIRE(setup.checkIn.skip());  // wellbeing skipped
    CHECK(bands.isEmpty());  // the start has nothing to compare with

    setup.moveTo(QDate(2026, 3, 29));
    setup.checkIn.start();
    setup.checkIn.choose(answerIndex(setup.checkIn, QStringLiteral("Once or twice")));        // better
    setup.checkIn.choose(answerIndex(setup.checkIn, QStringLiteral("Raised voices")));        // same
    setup.checkIn.choose(answerIndex(setup.checkIn, QStringLiteral("We did not disagree")));  // nothing to measure
    setup.checkIn.choose(answerIndex(setup.checkIn, QStringLiteral("Sometimes")));            // same
    setup.checkIn.choose(answerIndex(setup.checkIn, QStringLiteral("Not very sure")));        // worse
    REQUIRE(setup.checkIn.choose(answerIndex(setup.checkIn, QStringLiteral("OK"))));         // no baseline
    REQUIRE(bands.size() == 1);
    const auto changes = bands.first().first().value<QList<BandedChange>>();
    const QString stage = QStringLiteral("4-weeks");
    CHECK(changes == QList<BandedChange>{{stage, QStringLiteral("how-often"), Band::Better},
                                         {stage, QStringLiteral("how-heated"), Band::Same},
                                         {stage, QStringLiteral("children-exposed"), Band::Same},
                                         {stage, QStringLiteral("confidence"), Band::Worse}});
}

TEST_CASE("feeling frightened opens the safety route once the answers are saved")
{
    CheckInSetup setup;
    QSignalSpy safety(&setup.checkIn, &CheckInController::safetyAnswerGiven);
    setup.checkIn.start();
    setup.checkIn.choose(0);
    REQUIRE(setup.checkIn.choose(answerIndex(setup.checkIn, QStringLiteral("I felt frightened"))));
    CHECK(safety.isEmpty());  // not mid-way: the parent finishes first, and nothing is lost
    for (int i = 2; i < setup.checkIn.questionCount(); ++i)
        setup.checkIn.skip();
    CHECK(safety.size() == 1);
    CHECK(setup.store.records.size() == 1);
}

TEST_CASE("Not now puts Home's card away for a week, and reminders can be switched off and on")
{
    CheckInSetup setup;
    REQUIRE(setup.answerAll(1));
    setup.moveTo(QDate(2026, 3, 29));
    REQUIRE(setup.checkIn.cardShown());
    REQUIRE(setup.checkIn.snooze());
    CHECK_FALSE(setup.checkIn.cardShown());
    setup.moveTo(QDate(2026, 4, 4));
    CHECK_FALSE(setup.checkIn.cardShown());
    setup.moveTo(QDate(2026, 4, 5));
    CHECK(setup.checkIn.cardShown());

    REQUIRE(setup.checkIn.setRemindersOn(false));
    CHECK_FALSE(setup.checkIn.cardShown());
    CHECK_FALSE(setup.platform.reminderAt.isValid());
    CHECK_FALSE(setup.settingsStore.stored.checkIns.remindersOn);
    CHECK(setup.checkIn.dueNow());  // still there to take from the journal
    const int asked = setup.platform.remindPermissionAsks;
    REQUIRE(setup.checkIn.setRemindersOn(true));
    CHECK(setup.platform.remindPermissionAsks == asked + 1);  // switched on: the phone may ask
    CHECK(setup.checkIn.cardShown());
    CHECK(setup.platform.reminderAt == QDateTime(QDate(2026, 5, 31), QTime(CheckInController::reminderHour, 0)));
}

TEST_CASE("answers that cannot be saved stay on screen with a clear message, and saving again works")
{
    CheckInSetup setup;
    setup.store.failSaves = true;
    CHECK_FALSE(setup.answerAll(1));
    CHECK_FALSE(setup.checkIn.finished());
    CHECK(setup.checkIn.problem().contains(QStringLiteral("still here")));
    CHECK(setup.checkIn.problem().contains(QStringLiteral("disk full")));
    CHECK(setup.checkIn.questionIndex() == setup.checkIn.questionCount() - 1);
    CHECK(setup.checkIn.chosen() == 1);
    CHECK(setup.settings.checkInSchedule().stagesDone.isEmpty());
    setup.store.failSaves = false;
    REQUIRE(setup.checkIn.choose(1));
    CHECK(setup.store.records.size() == 1);
    CHECK(setup.store.records.first().answers.size() == 6);
    CHECK(setup.checkIn.problem().isEmpty());
}

TEST_CASE("going back keeps earlier answers, a skipped question is left out, and a bad answer is refused")
{
    CheckInSetup setup;
    setup.checkIn.start();
    CHECK_FALSE(setup.checkIn.choose(99));
    CHECK_FALSE(setup.checkIn.choose(-1));
    REQUIRE(setup.checkIn.choose(2));
    setup.checkIn.back();
    CHECK(setup.checkIn.questionIndex() == 0);
    CHECK(setup.checkIn.chosen() == 2);
    REQUIRE(setup.checkIn.skip());
    while (!setup.checkIn.finished())
        setup.checkIn.skip();
    REQUIRE(setup.store.records.size() == 1);
    CHECK(setup.store.records.first().answers.isEmpty());
}

TEST_CASE("when the private data locks, check-ins and half-given answers leave memory")
{
    CheckInSetup setup;
    REQUIRE(setup.answerAll(1));
    setup.checkIn.start();
    setup.checkIn.choose(3);
    setup.checkIn.forget();
    CHECK(setup.checkIn.progress()->checkInCount() == 0);
    CHECK(setup.checkIn.progress()->measures().isEmpty() == false);  // the measures, with no answers
    CHECK(setup.checkIn.questionIndex() == 0);
    CHECK(setup.checkIn.chosen() == -1);
    setup.store.locked = true;
    CHECK_FALSE(setup.checkIn.reload());
    CHECK(setup.checkIn.problem().contains(QStringLiteral("Nothing has been deleted")));
    setup.store.locked = false;
    REQUIRE(setup.checkIn.reload());
    CHECK(setup.checkIn.progress()->checkInCount() == 1);
}

TEST_CASE("the progress screen says each measure's change since the first check-in in words, with the answers as text")
{
    CheckInSetup setup;
    setup.checkIn.start();
    setup.checkIn.choose(answerIndex(setup.checkIn, QStringLiteral("A few times a week")));
    while (!setup.checkIn.finished())
        setup.checkIn.skip();
    setup.moveTo(QDate(2026, 3, 29));
    setup.checkIn.start();
    setup.checkIn.choose(answerIndex(setup.checkIn, QStringLiteral("Not at all")));
    while (!setup.checkIn.finished())
        setup.checkIn.skip();
    const QVariantMap howOften = setup.checkIn.progress()->measures().first().toMap();
    CHECK(howOften.value(QStringLiteral("measure")).toString() == QStringLiteral("How often you disagree"));
    CHECK(howOften.value(QStringLiteral("summary")).toString() == QStringLiteral("Disagreeing less often since 1 March."));
    CHECK(howOften.value(QStringLiteral("answersText")).toString()
          == QStringLiteral("1 March: A few times a week\n29 March: Not at all"));
    const QVariantList bars = howOften.value(QStringLiteral("bars")).toList();
    REQUIRE(bars.size() == 2);
    CHECK(bars.at(0).toMap().value(QStringLiteral("fraction")).toDouble()
          < bars.at(1).toMap().value(QStringLiteral("fraction")).toDouble());
    const QVariantMap heated = setup.checkIn.progress()->measures().at(1).toMap();
    CHECK(heated.value(QStringLiteral("summary")).toString() == QStringLiteral("Not answered yet."));
    // A year on, the starting date says its year.
    setup.moveTo(QDate(2027, 3, 2));
    setup.checkIn.start();
    setup.checkIn.choose(answerIndex(setup.checkIn, QStringLiteral("Once or twice")));
    while (!setup.checkIn.finished())
        setup.checkIn.skip();
    CHECK(setup.checkIn.progress()->measures().first().toMap().value(QStringLiteral("summary")).toString()
          == QStringLiteral("Disagreeing less often since 1 March 2026."));
}
