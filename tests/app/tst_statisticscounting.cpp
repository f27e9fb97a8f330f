#include "catchqtstrings.h"
#include "shell/appcomposition.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace cg;

namespace {

std::unique_ptr<AppComposition> appIn(const QString &dataDir)
{
    AppOptions options;
    options.dataDir = dataDir;
    QString error;
    auto app = AppComposition::create(options, &error);
    REQUIRE(app);
    return app;
}

// What the phone is keeping for statistics, read straight from its database file, as
// "metric labels" lines plus "outbox N".
QStringList keptInDatabase(const QString &dataDir)
{
    QStringList kept;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(QDir(dataDir).filePath(QStringLiteral("commonground.sqlite")));
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("SELECT metric, labels FROM stat_counts ORDER BY metric, labels")));
        while (query.next())
            kept << query.value(0).toString() + u' ' + query.value(1).toString();
        REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM stat_outbox")));
        REQUIRE(query.next());
        kept << QStringLiteral("outbox %1").arg(query.value(0).toInt());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return kept;
}

// The value kept for `metric` this week.
int keptValue(const QString &dataDir, const QString &metric)
{
    int value = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("value"));
        db.setDatabaseName(QDir(dataDir).filePath(QStringLiteral("commonground.sqlite")));
        REQUIRE(db.open());
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT value FROM stat_counts WHERE metric = ?"));
        query.addBindValue(metric);
        REQUIRE(query.exec());
        REQUIRE(query.next());
        value = query.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("value"));
    return value;
}

void takeACheckIn(AppComposition &app)
{
    CheckInController *checkIn = app.controller().checkIn();
    REQUIRE(app.controller().openRoute(QStringLiteral("checkin")));
    while (!checkIn->finished())
        checkIn->choose(1);
}

} // namespace

TEST_CASE("before consent nothing at all is counted, even as the app is used")
{
    QTemporaryDir dir;
    {
        const auto app = appIn(dir.path());
        takeACheckIn(*app);
    }
    CHECK(keptInDatabase(dir.path()) == QStringList{QStringLiteral("outbox 0")});
}

TEST_CASE("with consent the app counts use, check-ins and journal use as the registry lists them, and switching off deletes them")
{
    QTemporaryDir dir;
    const auto app = appIn(dir.path());
    REQUIRE(app->controller().settings()->setStatisticsConsent(true));
    takeACheckIn(*app);
    JournalController *journal = app->controller().journal();
    journal->openIfNoPin();
    journal->startGoodDay();
    REQUIRE(journal->save());
    REQUIRE(journal->save() == true);  // a second entry: still only "used this week"
    CHECK(keptInDatabase(dir.path()) == QStringList{QStringLiteral("app.active {}"),
                                                    QStringLiteral("checkin.done {\"stage\":\"start\"}"),
                                                    QStringLiteral("journal.used {}"), QStringLiteral("outbox 0")});
    REQUIRE(app->controller().settings()->setStatisticsConsent(false));
    CHECK(keptInDatabase(dir.path()) == QStringList{QStringLiteral("outbox 0")});
}

TEST_CASE("with consent, opening the app again and again counts it as used this week, once")
{
    QTemporaryDir dir;
    {
        const auto app = appIn(dir.path());
        REQUIRE(app->controller().settings()->setStatisticsConsent(true));
    }
    appIn(dir.path());
    appIn(dir.path());
    CHECK(keptInDatabase(dir.path()) == QStringList{QStringLiteral("app.active {}"), QStringLiteral("outbox 0")});
    CHECK(keptValue(dir.path(), QStringLiteral("app.active")) == 1);
}
