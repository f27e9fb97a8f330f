#include "catchqtstrings.h"
#include "shell/appcomposition.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>

using namespace cg;

namespace {

std::unique_ptr<AppComposition> appIn(const QString &dataDir, const QString &pin = {}, bool demo = false)
{
    AppOptions options;
    options.dataDir = dataDir;
    options.journalPin = pin;
    options.demoData = demo;
    QString error;
    auto app = AppComposition::create(options, &error);
    INFO(error.toStdString());
    REQUIRE(app);
    return app;
}

void answerEveryQuestion(CheckInController &checkIn)
{
    for (int i = 0; i < checkIn.questionCount(); ++i)
        checkIn.choose(1);
}

} // namespace

TEST_CASE("check-ins are kept across a restart, sealed, and the next one is not offered early")
{
    QTemporaryDir dir;
    {
        const auto app = appIn(dir.path());
        REQUIRE(app->controller().openRoute(QStringLiteral("checkin")));
        CHECK(app->controller().journal()->screen() == JournalController::CheckIn);
        answerEveryQuestion(*app->controller().checkIn());
        REQUIRE(app->controller().checkIn()->finished());
    }
    const auto again = appIn(dir.path());
    CheckInController *checkIn = again->controller().checkIn();
    CHECK(checkIn->progress()->checkInCount() == 1);
    CHECK_FALSE(checkIn->cardShown());
    CHECK_FALSE(checkIn->firstTime());
    REQUIRE(again->controller().openRoute(QStringLiteral("checkin/progress")));
    CHECK(again->controller().journal()->screen() == JournalController::Progress);
}

TEST_CASE("with a PIN the check-in waits behind the lock screen, and locking drops half-given answers")
{
    QTemporaryDir dir;
    appIn(dir.path(), QStringLiteral("2468"));
    const auto app = appIn(dir.path());  // a restart: the private data starts locked
    JournalController *journal = app->controller().journal();
    CheckInController *checkIn = app->controller().checkIn();
    CHECK(checkIn->cardShown());  // Home can still offer it: the schedule is not private data
    REQUIRE(app->controller().openRoute(QStringLiteral("checkin")));
    CHECK(journal->screen() == JournalController::Lock);
    REQUIRE(journal->unlock(QStringLiteral("2468")));
    CHECK(journal->screen() == JournalController::CheckIn);
    REQUIRE(checkIn->choose(2));
    app->privateDataLock().lock();
    CHECK(checkIn->questionIndex() == 0);
    CHECK(checkIn->chosen() == -1);
    CHECK(journal->screen() == JournalController::Lock);
}

TEST_CASE("feeling frightened in a check-in shows the safety screen and stops couple exercises")
{
    QTemporaryDir dir;
    const auto app = appIn(dir.path());
    CheckInController *checkIn = app->controller().checkIn();
    REQUIRE(app->controller().openRoute(QStringLiteral("checkin")));
    checkIn->choose(0);
    checkIn->choose(int(checkIn->answers().indexOf(QStringLiteral("I felt frightened"))));
    while (!checkIn->finished())
        checkIn->skip();
    CHECK(app->controller().journal()->screen() == JournalController::Safety);
    CHECK(app->controller().settings()->safetyRouteSeen());
}

TEST_CASE("a forgotten PIN deletes the check-ins with the journal, and the starting check-in is offered again")
{
    QTemporaryDir dir;
    const auto app = appIn(dir.path(), QStringLiteral("2468"));
    CheckInController *checkIn = app->controller().checkIn();
    REQUIRE(app->controller().openRoute(QStringLiteral("checkin")));
    answerEveryQuestion(*checkIn);
    REQUIRE(checkIn->progress()->checkInCount() == 1);
    REQUIRE(app->controller().journal()->startAgain());
    CHECK(checkIn->progress()->checkInCount() == 0);
    CHECK(checkIn->firstTime());
    CHECK(checkIn->cardShown());
    const auto again = appIn(dir.path());
    CHECK(again->controller().checkIn()->progress()->checkInCount() == 0);
}

TEST_CASE("demo data has two check-ins a little better the second time, and the 3-month one due")
{
    QTemporaryDir dir;
    const auto app = appIn(dir.path(), {}, true);
    CheckInController *checkIn = app->controller().checkIn();
    CHECK(checkIn->progress()->checkInCount() == 2);
    REQUIRE(checkIn->dueNow());
    CHECK(checkIn->dueNow()->id == QStringLiteral("3-months"));
    CHECK(checkIn->cardShown());
    CHECK(checkIn->progress()->measures().first().toMap().value(QStringLiteral("summary")).toString()
              .startsWith(QStringLiteral("Disagreeing less often since ")));
}

TEST_CASE("the demo parent's 3-month check-in, taken, counts for its stage and offers only bands")
{
    QTemporaryDir dir;
    const auto app = appIn(dir.path(), {}, true);
    CheckInController *checkIn = app->controller().checkIn();
    QSignalSpy bands(checkIn, &CheckInController::bandedChangesReady);
    REQUIRE(app->controller().openRoute(QStringLiteral("checkin")));
    for (const QString answer : {QStringLiteral("Once or twice"), QStringLiteral("A bit tense"), QStringLiteral("Mostly"),
                                 QStringLiteral("Rarely"), QStringLiteral("Quite sure"), QStringLiteral("Quite well")})
        checkIn->choose(int(checkIn->answers().indexOf(answer)));
    REQUIRE(checkIn->finished());
    CHECK(checkIn->progress()->checkInCount() == 3);
    CHECK_FALSE(checkIn->cardShown());
    CHECK(app->controller().settings()->checkInSchedule().stagesDone.contains(QStringLiteral("3-months")));
    REQUIRE(bands.size() == 1);
    const auto changes = bands.first().first().value<QList<BandedChange>>();
    CHECK(changes.size() == 6);
    CHECK(std::all_of(changes.cbegin(), changes.cend(), [](const BandedChange &change) {
        return change.stage == QStringLiteral("3-months") && change.band == Band::Better;
    }));
}
