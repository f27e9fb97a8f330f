#include "catchqtstrings.h"
#include "core/privatedatalock.h"
#include "crypto/keyfilestore.h"
#include "crypto/privatevault.h"
#include "models/journalcontroller.h"
#include "storage/appschema.h"
#include "storage/database.h"
#include "storage/sqlitejournalstore.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cg;

namespace {

const QDateTime kNow(QDate(2026, 11, 22), QTime(20, 30));

// The real journal: SQLite, the vault with a key file, and the controller the screens use.
struct Journal {
    QTemporaryDir dir;
    KeyFileStore keys{dir.filePath(QStringLiteral("journal.key"))};
    PrivateDataLock lock;
    PrivateVault vault{keys, dir.filePath(QStringLiteral("journal.pin")), lock, PinWrapCost::fastest()};
    Database db;
    std::unique_ptr<SqliteJournalStore> store;
    std::unique_ptr<JournalController> controller;

    Journal()
    {
        REQUIRE(db.open(dir.filePath(QStringLiteral("app.sqlite")), appMigrations()));
        store = std::make_unique<SqliteJournalStore>(db.connection(), vault);
        controller = std::make_unique<JournalController>(
            *store, vault, lock, [] { return kNow; }, [](const QString &id) {
                return id == QLatin1String("money-worries") ? QStringLiteral("Money worries") : QString();
            });
        controller->openIfNoPin();
        REQUIRE(controller->isOpen());
    }

    JournalDraft &draft() { return *controller->draft(); }
    JournalEntryListModel &entries() { return *controller->entries(); }
    QString entryId(int row) { return entries().data(entries().index(row), JournalEntryListModel::EntryIdRole).toString(); }
};

// Taps the chip with `key` in `chips`.
void tap(ChipListModel &chips, const QString &key)
{
    for (int row = 0; row < chips.rowCount(); ++row) {
        const QModelIndex index = chips.index(row);
        if (chips.data(index, ChipListModel::KeyRole).toString() == key) {
            chips.setData(index, !chips.data(index, ChipListModel::SelectedRole).toBool(), ChipListModel::SelectedRole);
            return;
        }
    }
    FAIL("no chip " << key.toStdString());
}

// A store whose disk is full: every write fails, reads work.
class FullDiskStore final : public JournalStore
{
public:
    std::optional<QString> save(const JournalEntry &) override { return std::nullopt; }
    bool remove(const QString &) override { return false; }
    bool removeAll() override { return false; }
    std::optional<QList<JournalEntry>> loadAll() override { return QList<JournalEntry>(); }
    int damagedCount() const override { return 0; }
    QString lastError() const override { return QStringLiteral("database or disk is full"); }
};

} // namespace

TEST_CASE("an argument noted in a few taps is saved sealed, listed and answered with advice")
{
    Journal journal;
    journal.controller->startArgument();
    CHECK(journal.controller->screen() == JournalController::Entry);
    tap(*journal.draft().people(), QStringLiteral("ex-or-co-parent"));
    tap(*journal.draft().channels(), QStringLiteral("text-or-messages"));
    tap(*journal.draft().topics(), QStringLiteral("money"));
    tap(*journal.draft().topics(), QStringLiteral("work"));
    journal.draft().setHeat(3);
    tap(*journal.draft().happenings(), QStringLiteral("blaming"));
    journal.draft().setProperty("note", QStringLiteral("  About the school trip money.  "));

    QSignalSpy safety(journal.controller.get(), &JournalController::safetyRouteReached);
    REQUIRE(journal.controller->save());
    CHECK(journal.controller->screen() == JournalController::List);
    CHECK(journal.controller->message().startsWith(QStringLiteral("Saved.")));
    CHECK(safety.isEmpty());
    REQUIRE(journal.entries().rowCount() == 1);

    const auto saved = journal.store->loadAll();
    REQUIRE(saved);
    REQUIRE(saved->size() == 1);
    const JournalEntry &entry = saved->first();
    CHECK(entry.when == kNow);
    CHECK(entry.withWhom == QStringLiteral("ex-or-co-parent"));
    CHECK(entry.about == QStringList{QStringLiteral("money"), QStringLiteral("work")});
    CHECK(entry.heat == 3);
    CHECK(entry.note == QStringLiteral("About the school trip money."));
    // The next entry starts empty, not with the last one's answers.
    CHECK(journal.draft().topics()->selectedKeys().isEmpty());
}

TEST_CASE("a one-answer question keeps only the last tap, and a second tap clears it")
{
    Journal journal;
    journal.controller->startArgument();
    ChipListModel &people = *journal.draft().people();
    tap(people, QStringLiteral("partner"));
    tap(people, QStringLiteral("other-family"));
    CHECK(people.selectedKeys() == QStringList{QStringLiteral("other-family")});
    tap(people, QStringLiteral("other-family"));
    CHECK(people.selectedKeys().isEmpty());
}

TEST_CASE("picking another day and part of the day files the entry at that time")
{
    Journal journal;
    journal.controller->startArgument();
    CHECK(journal.draft().whenText() == QStringLiteral("Today, evening"));
    tap(*journal.draft().days(), kNow.date().addDays(-1).toString(Qt::ISODate));
    tap(*journal.draft().timesOfDay(), QStringLiteral("morning"));
    CHECK(journal.draft().whenText() == QStringLiteral("Yesterday, morning"));
    CHECK(journal.draft().toEntry().when == QDateTime(kNow.date().addDays(-1), QTime(9, 0)));

    tap(*journal.draft().days(), kNow.date().toString(Qt::ISODate));
    tap(*journal.draft().timesOfDay(), QStringLiteral("afternoon"));
    CHECK(journal.draft().toEntry().when == QDateTime(kNow.date(), QTime(14, 0)));
    tap(*journal.draft().timesOfDay(), QStringLiteral("night"));  // 23:00 has not happened yet
    CHECK(journal.draft().toEntry().when == QDateTime(kNow.date(), QTime(2, 0)));
}

TEST_CASE("each sign of harm, fear or control opens the safety screen and stops couple exercises")
{
    for (const char *happening : {"threats", "pushed-or-hurt", "felt-afraid", "stopped-seeing-people-or-using-money",
                                  "phone-checked-or-tracked"}) {
        INFO(happening);
        Journal journal;
        QSignalSpy safety(journal.controller.get(), &JournalController::safetyRouteReached);
        journal.controller->startArgument();
        tap(*journal.draft().happenings(), QString::fromLatin1(happening));
        REQUIRE(journal.controller->save());
        CHECK(journal.controller->screen() == JournalController::Safety);
        CHECK(safety.size() == 1);
        CHECK(journal.entries().rowCount() == 1);  // saved before anything else
    }
}

TEST_CASE("things thrown or broken asks first, and the answer decides between safety and the list")
{
    for (const bool afraid : {true, false}) {
        INFO("afraid: " << afraid);
        Journal journal;
        QSignalSpy safety(journal.controller.get(), &JournalController::safetyRouteReached);
        journal.controller->startArgument();
        tap(*journal.draft().happenings(), QStringLiteral("things-thrown-or-broken"));
        REQUIRE(journal.controller->save());
        CHECK(journal.controller->screen() == JournalController::FollowUp);
        CHECK(safety.isEmpty());
        journal.controller->answerFollowUp(afraid);
        CHECK(journal.controller->screen() == (afraid ? JournalController::Safety : JournalController::List));
        CHECK(safety.size() == (afraid ? 1 : 0));
    }
}

TEST_CASE("a good day is saved as a good day and listed as one")
{
    Journal journal;
    journal.controller->startGoodDay();
    CHECK(journal.draft().goodDay());
    journal.draft().setProperty("helped", QStringLiteral("We kept to the plan."));
    REQUIRE(journal.controller->save());
    REQUIRE(journal.entries().rowCount() == 1);
    CHECK(journal.entries().data(journal.entries().index(0), JournalEntryListModel::GoodDayRole).toBool());
    CHECK(journal.controller->trends()->summary().last() == QStringLiteral("Good days noted: 1."));
}

TEST_CASE("an entry opened again keeps its id and time when changed, and can be deleted")
{
    Journal journal;
    journal.controller->startArgument();
    tap(*journal.draft().endings(), QStringLiteral("unresolved"));
    REQUIRE(journal.controller->save());
    const QString id = journal.entryId(0);

    REQUIRE(journal.controller->edit(id));
    CHECK(journal.draft().editing());
    CHECK(journal.draft().endings()->selectedKeys() == QStringList{QStringLiteral("unresolved")});
    tap(*journal.draft().endings(), QStringLiteral("made-up-later"));
    REQUIRE(journal.controller->save());
    REQUIRE(journal.entries().rowCount() == 1);
    CHECK(journal.entryId(0) == id);
    CHECK(journal.store->loadAll()->first().ending == QStringLiteral("made-up-later"));
    CHECK(journal.store->loadAll()->first().when == kNow);

    REQUIRE(journal.controller->edit(id));
    REQUIRE(journal.controller->removeEditing());
    CHECK(journal.entries().rowCount() == 0);
    CHECK(journal.store->loadAll()->isEmpty());
    CHECK_FALSE(journal.controller->edit(id));
}

TEST_CASE("a full disk keeps the words being written and says so")
{
    QTemporaryDir dir;
    KeyFileStore keys{dir.filePath(QStringLiteral("journal.key"))};
    PrivateDataLock lock;
    PrivateVault vault{keys, dir.filePath(QStringLiteral("journal.pin")), lock, PinWrapCost::fastest()};
    FullDiskStore store;
    JournalController controller(store, vault, lock, [] { return kNow; }, [](const QString &) { return QString(); });
    controller.openIfNoPin();
    controller.startArgument();
    controller.draft()->setProperty("note", QStringLiteral("Words I do not want to lose"));
    CHECK_FALSE(controller.save());
    CHECK(controller.screen() == JournalController::Entry);
    CHECK(controller.problem().contains(QStringLiteral("could not be saved")));
    CHECK(controller.problem().contains(QStringLiteral("disk is full")));
    CHECK(controller.draft()->toEntry().note == QStringLiteral("Words I do not want to lose"));
}

TEST_CASE("locking drops every entry from memory, and a draft being written waits behind the lock")
{
    Journal journal;
    journal.controller->startArgument();
    REQUIRE(journal.controller->save());
    journal.controller->startArgument();
    journal.draft().setProperty("note", QStringLiteral("half written"));

    journal.lock.lock();  // quick exit
    CHECK_FALSE(journal.controller->isOpen());
    CHECK(journal.entries().rowCount() == 0);
    CHECK(journal.controller->trends()->empty());
    CHECK(journal.draft().toEntry().note == QStringLiteral("half written"));

    journal.controller->openIfNoPin();  // no PIN: opens again when shown
    CHECK(journal.entries().rowCount() == 1);
    CHECK(journal.controller->screen() == JournalController::Entry);
}

TEST_CASE("a PIN must be 4 to 8 numbers typed the same twice")
{
    Journal journal;
    CHECK_FALSE(journal.controller->choosePin(QStringLiteral("123"), QStringLiteral("123")));
    CHECK(journal.controller->problem() == QStringLiteral("Please choose 4 to 8 numbers."));
    CHECK_FALSE(journal.controller->choosePin(QStringLiteral("12ab"), QStringLiteral("12ab")));
    CHECK_FALSE(journal.controller->choosePin(QStringLiteral("123456789"), QStringLiteral("123456789")));
    CHECK_FALSE(journal.controller->choosePin(QStringLiteral("2468"), QStringLiteral("2469")));
    CHECK(journal.controller->problem().contains(QStringLiteral("different")));
    CHECK_FALSE(journal.controller->hasPin());
    REQUIRE(journal.controller->choosePin(QStringLiteral("2468"), QStringLiteral("2468")));
    CHECK(journal.controller->hasPin());
}

TEST_CASE("with a PIN, a locked journal shows the lock screen and only the right PIN opens it")
{
    Journal journal;
    journal.controller->startArgument();
    journal.draft().setProperty("note", QStringLiteral("kept"));
    REQUIRE(journal.controller->save());
    REQUIRE(journal.controller->choosePin(QStringLiteral("2468"), QStringLiteral("2468")));

    journal.lock.lock();
    CHECK(journal.controller->screen() == JournalController::Lock);
    journal.controller->openIfNoPin();
    CHECK_FALSE(journal.controller->isOpen());

    CHECK_FALSE(journal.controller->unlock(QStringLiteral("1357")));
    CHECK(journal.controller->problem() == QStringLiteral("That PIN did not match. Please try again."));
    CHECK(journal.controller->screen() == JournalController::Lock);
    CHECK(journal.store->loadAll() == std::nullopt);

    REQUIRE(journal.controller->unlock(QStringLiteral("2468")));
    CHECK(journal.controller->screen() == JournalController::List);
    REQUIRE(journal.entries().rowCount() == 1);
    CHECK(journal.entries().data(journal.entries().index(0), JournalEntryListModel::NoteRole) == QStringLiteral("kept"));

    CHECK_FALSE(journal.controller->removePin(QStringLiteral("1357")));
    CHECK(journal.controller->hasPin());
    CHECK(journal.controller->problem() == QStringLiteral("That PIN did not match, so the PIN stays."));
    REQUIRE(journal.controller->removePin(QStringLiteral("2468")));
    CHECK_FALSE(journal.controller->hasPin());
    journal.lock.lock();
    journal.controller->openIfNoPin();
    CHECK(journal.entries().rowCount() == 1);
}

TEST_CASE("with a PIN the journal locks itself after a quiet spell, and a touch puts that off")
{
    Journal journal;
    REQUIRE(journal.controller->choosePin(QStringLiteral("2468"), QStringLiteral("2468")));
    journal.controller->setAutoLockInterval(200);
    journal.controller->noteActivity();
    QTest::qWait(120);
    journal.controller->noteActivity();
    QTest::qWait(120);
    CHECK(journal.controller->isOpen());  // 240 ms in all, but never 200 without a touch
    CHECK(QTest::qWaitFor([&] { return !journal.controller->isOpen(); }, 2000));
    CHECK(journal.controller->screen() == JournalController::Lock);
}

TEST_CASE("without a PIN the journal does not lock itself")
{
    Journal journal;
    journal.controller->setAutoLockInterval(50);
    journal.controller->noteActivity();
    QTest::qWait(150);
    CHECK(journal.controller->isOpen());
}

TEST_CASE("a forgotten PIN: starting again deletes every entry and leaves an open, empty journal")
{
    Journal journal;
    journal.controller->startArgument();
    REQUIRE(journal.controller->save());
    REQUIRE(journal.controller->choosePin(QStringLiteral("2468"), QStringLiteral("2468")));
    journal.lock.lock();
    journal.controller->showForgotPin();
    CHECK(journal.controller->screen() == JournalController::ForgotPin);

    REQUIRE(journal.controller->startAgain());
    CHECK_FALSE(journal.controller->hasPin());
    CHECK(journal.controller->isOpen());
    CHECK(journal.controller->screen() == JournalController::List);
    CHECK(journal.entries().rowCount() == 0);
    QSqlQuery rows(journal.db.connection());
    REQUIRE(rows.exec(QStringLiteral("SELECT COUNT(*) FROM journal_entries")));
    REQUIRE(rows.next());
    CHECK(rows.value(0).toInt() == 0);
}

TEST_CASE("trends follow the chosen period, and insights open only guides the phone has")
{
    Journal journal;
    for (int i = 0; i < 3; ++i) {
        journal.controller->startArgument();
        tap(*journal.draft().topics(), QStringLiteral("money"));
        REQUIRE(journal.controller->save());
    }
    JournalTrendsModel &trends = *journal.controller->trends();
    CHECK(trends.weeks() == 4);
    CHECK(trends.summary().first() == QStringLiteral("3 arguments in the last 4 weeks."));
    trends.setWeeks(12);
    CHECK(trends.weekBars().size() == 12);
    trends.setWeeks(5);  // not offered
    CHECK(trends.weeks() == 12);

    const QVariantList insights = trends.insights();
    const auto money = std::find_if(insights.cbegin(), insights.cend(), [](const QVariant &insight) {
        return insight.toMap().value(QStringLiteral("moduleId")) == QStringLiteral("money-worries");
    });
    REQUIRE(money != insights.cend());
    CHECK(money->toMap().value(QStringLiteral("moduleTitle")) == QStringLiteral("Money worries"));

    QSignalSpy opened(&trends, &JournalTrendsModel::guideRequested);
    trends.openGuide(QStringLiteral("money-worries"));
    trends.openGuide(QStringLiteral("no-such-guide"));
    REQUIRE(opened.size() == 1);
    CHECK(opened.first().first() == QStringLiteral("money-worries"));
}

TEST_CASE("a phone that slept past the auto-lock time is locked when the app comes back")
{
    QTemporaryDir dir;
    KeyFileStore keys{dir.filePath(QStringLiteral("journal.key"))};
    PrivateDataLock lock;
    PrivateVault vault{keys, dir.filePath(QStringLiteral("journal.pin")), lock, PinWrapCost::fastest()};
    Database db;
    REQUIRE(db.open(dir.filePath(QStringLiteral("app.sqlite")), appMigrations()));
    SqliteJournalStore store(db.connection(), vault);
    QDateTime now = kNow;
    JournalController controller(store, vault, lock, [&now] { return now; }, [](const QString &) { return QString(); });
    controller.openIfNoPin();
    REQUIRE(controller.choosePin(QStringLiteral("2468"), QStringLiteral("2468")));

    now = now.addSecs(4 * 60);  // asleep, no timer ran
    controller.checkIdle();
    CHECK(controller.isOpen());
    controller.noteActivity();
    now = now.addSecs(5 * 60);
    controller.checkIdle();
    CHECK_FALSE(controller.isOpen());
    CHECK(controller.screen() == JournalController::Lock);
}

TEST_CASE("a saved entry being changed leaves memory on lock, and a new one being written waits")
{
    Journal journal;
    journal.controller->startArgument();
    journal.draft().setProperty("note", QStringLiteral("saved words"));
    REQUIRE(journal.controller->save());
    REQUIRE(journal.controller->edit(journal.entryId(0)));
    journal.lock.lock();
    CHECK_FALSE(journal.draft().editing());
    CHECK(journal.draft().toEntry().note.isEmpty());
    journal.controller->openIfNoPin();
    CHECK(journal.controller->screen() == JournalController::List);
}

TEST_CASE("saying yes to the follow-up question records the fear in the entry")
{
    Journal journal;
    journal.controller->startArgument();
    tap(*journal.draft().happenings(), QStringLiteral("things-thrown-or-broken"));
    REQUIRE(journal.controller->save());
    journal.controller->answerFollowUp(true);
    const auto saved = journal.store->loadAll();
    REQUIRE(saved->size() == 1);
    CHECK(saved->first().happened
          == QStringList{QStringLiteral("things-thrown-or-broken"), QStringLiteral("felt-afraid")});
    CHECK(journal.controller->trends()->insights().first().toMap().value(QStringLiteral("text")).toString()
              .startsWith(QStringLiteral("Some of what you noted")));
}

TEST_CASE("the safety screen is still there after a quick exit and coming back")
{
    Journal journal;
    journal.controller->startArgument();
    tap(*journal.draft().happenings(), QStringLiteral("threats"));
    REQUIRE(journal.controller->save());
    journal.lock.lock();
    journal.controller->openIfNoPin();
    CHECK(journal.controller->screen() == JournalController::Safety);
}

TEST_CASE("the draft knows whether anything was answered or typed, so cancelling can ask first")
{
    Journal journal;
    journal.controller->startArgument();
    CHECK_FALSE(journal.draft().hasChanges());
    tap(*journal.draft().topics(), QStringLiteral("chores"));
    CHECK(journal.draft().hasChanges());
    tap(*journal.draft().topics(), QStringLiteral("chores"));
    CHECK_FALSE(journal.draft().hasChanges());
    journal.draft().setProperty("note", QStringLiteral("x"));
    CHECK(journal.draft().hasChanges());
}

TEST_CASE("the night of today means the small hours, not tonight")
{
    QTemporaryDir dir;
    const QDateTime morning(QDate(2026, 11, 22), QTime(10, 0));
    JournalDraft draft([&morning] { return morning; });
    tap(*draft.timesOfDay(), QStringLiteral("night"));
    CHECK(draft.toEntry().when == QDateTime(morning.date(), QTime(2, 0)));
}
