#include "memorysettingsstore.h"
#include "models/settingscontroller.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

using namespace cg;

namespace {

const QList<Area> kAreas = {{QStringLiteral("E08000014"), QStringLiteral("Sefton"), QStringLiteral("Hello Sefton"),
                             QStringLiteral("#1F6F6B")},
                            {QStringLiteral("E08000012"), QStringLiteral("Liverpool"), QStringLiteral("Hello Liverpool"),
                             QStringLiteral("#8A3B4E")}};

} // namespace

TEST_CASE("choosing an area saves it and shows its name, welcome and colour")
{
    MemorySettingsStore store;
    SettingsController settings(store, kAreas, store.stored);
    QSignalSpy changed(&settings, &SettingsController::changed);
    REQUIRE(settings.chooseArea(QStringLiteral("E08000012")));
    CHECK(store.stored.areaCode == QStringLiteral("E08000012"));
    CHECK(settings.areaName() == QStringLiteral("Liverpool"));
    CHECK(settings.areaWelcome() == QStringLiteral("Hello Liverpool"));
    CHECK(settings.brandColour() == QStringLiteral("#8A3B4E"));
    CHECK(changed.count() == 1);
}

TEST_CASE("prefer not to say clears the area and uses the app's own colour")
{
    MemorySettingsStore store;
    store.stored.areaCode = QStringLiteral("E08000014");
    SettingsController settings(store, kAreas, store.stored);
    REQUIRE(settings.chooseArea(QString()));
    CHECK(store.stored.areaCode.isEmpty());
    CHECK(settings.areaName().isEmpty());
    CHECK(settings.brandColour() == QStringLiteral("#2B6A6E"));
}

TEST_CASE("an unknown area or situation is refused and nothing is saved")
{
    MemorySettingsStore store;
    SettingsController settings(store, kAreas, store.stored);
    CHECK_FALSE(settings.chooseArea(QStringLiteral("E08000099")));
    CHECK_FALSE(settings.chooseFamilySituation(QStringLiteral("married")));
    CHECK(store.saves == 0);
}

TEST_CASE("an area that is no longer installed is forgotten at start")
{
    MemorySettingsStore store;
    store.stored.areaCode = QStringLiteral("E06000006");
    SettingsController settings(store, kAreas, store.stored);
    CHECK(settings.areaCode().isEmpty());
}

TEST_CASE("when saving fails the screen keeps showing what is really stored")
{
    MemorySettingsStore store;
    SettingsController settings(store, kAreas, store.stored);
    REQUIRE(settings.chooseArea(QStringLiteral("E08000014")));
    store.failSaves = true;
    QSignalSpy errorChanged(&settings, &SettingsController::saveErrorChanged);
    CHECK_FALSE(settings.setStatisticsConsent(true));
    CHECK_FALSE(settings.statisticsConsent());
    CHECK(settings.saveError() == QStringLiteral("disk full"));
    CHECK(errorChanged.count() == 1);
    CHECK(store.stored.areaCode == QStringLiteral("E08000014"));

    store.failSaves = false;
    REQUIRE(settings.setStatisticsConsent(true));
    CHECK(settings.saveError().isEmpty());
}

TEST_CASE("statistics stay off until the parent turns them on")
{
    MemorySettingsStore store;
    SettingsController settings(store, kAreas, store.stored);
    CHECK_FALSE(settings.statisticsConsent());
    REQUIRE(settings.completeOnboarding());
    CHECK_FALSE(store.stored.statisticsConsent);
}
