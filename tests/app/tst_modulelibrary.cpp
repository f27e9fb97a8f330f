#include "catchqtstrings.h"
#include "memorysettingsstore.h"
#include "models/modulelibrary.h"
#include "models/settingscontroller.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

using namespace cg;

namespace {

const QList<Area> kAreas = {
    {QStringLiteral("E08000014"), QStringLiteral("Sefton"), QStringLiteral("Hello"), QStringLiteral("#1F6F6B"), QStringLiteral("sefton")},
    {QStringLiteral("E08000012"), QStringLiteral("Liverpool"), QStringLiteral("Hello"), QStringLiteral("#8A3B4E"), QStringLiteral("liverpool")},
    {QStringLiteral("E08000015"), QStringLiteral("Wirral"), QStringLiteral("Hello"), QStringLiteral("#24466B"), QStringLiteral("wirral")}};

Module module(const QString &id, const QString &title)
{
    Module result;
    result.id = id;
    result.title = title;
    return result;
}

QStringList titles(const QList<Module> &modules)
{
    QStringList result;
    for (const Module &each : modules)
        result << each.title;
    return result;
}

} // namespace

TEST_CASE("the guides follow the chosen area: its own replace national ones and add to them")
{
    MemorySettingsStore store;
    SettingsController settings(store, kAreas, store.stored);
    const QList<Module> national{module(QStringLiteral("arguing"), QStringLiteral("Arguing")),
                                 module(QStringLiteral("money"), QStringLiteral("Money"))};
    const QHash<QString, QList<Module>> local{
        {QStringLiteral("E08000014"),
         {module(QStringLiteral("money"), QStringLiteral("Money in Sefton")), module(QStringLiteral("zoo"), QStringLiteral("Sefton only"))}}};
    ModuleLibrary library(national, local, settings);
    const QList<Module> *list = &library.modules();
    CHECK(titles(library.modules()) == QStringList{QStringLiteral("Arguing"), QStringLiteral("Money")});

    QStringList events;
    QObject::connect(&library, &ModuleLibrary::aboutToChange, [&] { events << titles(library.modules()).join(QLatin1Char('+')); });
    QObject::connect(&library, &ModuleLibrary::changed, [&] { events << titles(library.modules()).join(QLatin1Char('+')); });

    REQUIRE(settings.chooseArea(QStringLiteral("E08000014")));
    CHECK(titles(library.modules()) == QStringList{QStringLiteral("Arguing"), QStringLiteral("Money in Sefton"), QStringLiteral("Sefton only")});
    // Listeners hear before the list changes (old list) and after (new list).
    CHECK(events == QStringList{QStringLiteral("Arguing+Money"), QStringLiteral("Arguing+Money in Sefton+Sefton only")});
    CHECK(&library.modules() == list);  // the same list object, so references stay valid

    REQUIRE(settings.chooseArea(QStringLiteral("E08000012")));
    CHECK(titles(library.modules()) == QStringList{QStringLiteral("Arguing"), QStringLiteral("Money")});
    CHECK(events.size() == 4);

    // Between two areas with no guides of their own nothing changes, and nobody is told.
    REQUIRE(settings.chooseArea(QStringLiteral("E08000015")));
    CHECK(events.size() == 4);
}

TEST_CASE("a parent already in an area with its own guides sees them from the start")
{
    MemorySettingsStore store;
    store.stored.areaCode = QStringLiteral("E08000014");
    SettingsController settings(store, kAreas, store.stored);
    ModuleLibrary library({module(QStringLiteral("money"), QStringLiteral("Money"))},
                          {{QStringLiteral("E08000014"), {module(QStringLiteral("money"), QStringLiteral("Money in Sefton"))}}},
                          settings);
    CHECK(titles(library.modules()) == QStringList{QStringLiteral("Money in Sefton")});
}
