#include "catchqtstrings.h"
#include "content/areamodules.h"
#include "content/contentvalidator.h"
#include "contentfolder.h"
#include "core/modulecatalogue.h"
#include "modulefixtures.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace cg;

namespace {

constexpr char kSeftonModules[] = "areas/sefton/modules";
constexpr char kWirralModules[] = "areas/wirral/modules";

AreaModulesResult loadAreaModulesOf(const ContentFolder &folder)
{
    return loadAreaModules(folder.path(), loadModules(folder.path()).modules);
}

// The modules one area's parents see, as the app would put them together.
QList<Module> modulesSeenIn(const ContentFolder &folder, const QString &slug)
{
    const ModuleLoadResult national = loadModules(folder.path());
    for (const AreaModules &area : loadAreaModules(folder.path(), national.modules).areas) {
        if (area.slug == slug)
            return modulesForArea(national.modules, area.modules);
    }
    return national.modules;
}

Module moduleWith(const QString &id, const QString &title)
{
    Module module;
    module.id = id;
    module.title = title;
    return module;
}

QStringList titles(const QList<Module> &modules)
{
    QStringList result;
    for (const Module &module : modules)
        result << module.title;
    return result;
}

} // namespace

TEST_CASE("an area module with a national module's id replaces it for that area only")
{
    ContentFolder folder = twoLinkedModulesFolder();
    writeModule(folder, QStringLiteral("first-module"), {}, QLatin1String(kSeftonModules));
    folder.write(QLatin1String(kSeftonModules) + QStringLiteral("/first-module/module.json"),
                 moduleJson(QStringLiteral("first-module")).replace("Title of first-module", "Sefton's own first module"));

    const AreaModulesResult result = loadAreaModulesOf(folder);
    CHECK(result.issues.isEmpty());
    REQUIRE(result.areas.size() == 1);  // wirral has no modules/ folder
    CHECK(result.areas.first().slug == QStringLiteral("sefton"));
    CHECK(moduleIds(result.areas.first().modules) == QStringList{QStringLiteral("first-module")});

    CHECK(titles(modulesSeenIn(folder, QStringLiteral("sefton")))
          == QStringList{QStringLiteral("Sefton's own first module"), QStringLiteral("Title of second-module")});
    CHECK(titles(modulesSeenIn(folder, QStringLiteral("wirral")))
          == QStringList{QStringLiteral("Title of first-module"), QStringLiteral("Title of second-module")});
    CHECK(validateContent(folder.path(), testToday()).isEmpty());
}

TEST_CASE("an area-only module is added for that area only")
{
    ContentFolder folder = twoLinkedModulesFolder();
    writeModule(folder, QStringLiteral("local-hubs"), {}, QLatin1String(kSeftonModules));

    const AreaModulesResult result = loadAreaModulesOf(folder);
    CHECK(result.issues.isEmpty());
    REQUIRE(result.areas.size() == 1);
    REQUIRE(result.areas.first().modules.size() == 1);
    CHECK(result.areas.first().modules.first().sections.size() == 4);
    CHECK(moduleIds(modulesSeenIn(folder, QStringLiteral("sefton")))
          == QStringList{QStringLiteral("first-module"), QStringLiteral("local-hubs"), QStringLiteral("second-module")});
    CHECK(moduleIds(modulesSeenIn(folder, QStringLiteral("wirral")))
          == QStringList{QStringLiteral("first-module"), QStringLiteral("second-module")});
    // The national list itself never holds an area's module.
    CHECK_FALSE(moduleIds(loadModules(folder.path()).modules).contains(QStringLiteral("local-hubs")));
}

TEST_CASE("a broken area module is left out with an issue naming its file in the area pack")
{
    ContentFolder folder = twoLinkedModulesFolder();
    writeModule(folder, QStringLiteral("local-hubs"), {}, QLatin1String(kSeftonModules));
    writeModule(folder, QStringLiteral("local-walks"), {}, QLatin1String(kSeftonModules));

    SECTION("a missing section file")
    {
        QFile::remove(folder.path() + QStringLiteral("/areas/sefton/modules/local-hubs/03-c.md"));
        const AreaModulesResult result = loadAreaModulesOf(folder);
        CHECK(issuePlaces(result.issues) == QStringList{QStringLiteral("areas/sefton/modules/local-hubs/03-c.md | ")});
        REQUIRE(result.areas.size() == 1);
        CHECK(moduleIds(result.areas.first().modules) == QStringList{QStringLiteral("local-walks")});
    }
    SECTION("broken JSON")
    {
        folder.write(QLatin1String(kSeftonModules) + QStringLiteral("/local-hubs/module.json"), "{\n  \"id\": \"local-hubs\"\n  \"title\": \"x\"\n}");
        const AreaModulesResult result = loadAreaModulesOf(folder);
        CHECK(issuePlaces(result.issues) == QStringList{QStringLiteral("areas/sefton/modules/local-hubs/module.json | line 2")});
        REQUIRE(result.areas.size() == 1);
        CHECK(moduleIds(result.areas.first().modules) == QStringList{QStringLiteral("local-walks")});
    }
    SECTION("the validator reports it too")
    {
        QFile::remove(folder.path() + QStringLiteral("/areas/sefton/modules/local-hubs/03-c.md"));
        CHECK(issuePlaces(validateContent(folder.path(), testToday()))
              == QStringList{QStringLiteral("areas/sefton/modules/local-hubs/03-c.md | ")});
    }
}

TEST_CASE("an area module may link to national modules and its own area's, not another area's")
{
    ContentFolder folder = twoLinkedModulesFolder();
    writeModule(folder, QStringLiteral("sefton-hubs"), QStringLiteral("first-module"), QLatin1String(kSeftonModules));
    writeModule(folder, QStringLiteral("sefton-walks"), QStringLiteral("sefton-hubs"), QLatin1String(kSeftonModules));
    writeModule(folder, QStringLiteral("wirral-hubs"), QStringLiteral("sefton-hubs"), QLatin1String(kWirralModules));

    const AreaModulesResult result = loadAreaModulesOf(folder);
    REQUIRE(result.areas.size() == 2);
    CHECK(moduleIds(result.areas[0].modules) == QStringList{QStringLiteral("sefton-hubs"), QStringLiteral("sefton-walks")});
    CHECK(result.areas[1].slug == QStringLiteral("wirral"));
    CHECK(result.areas[1].modules.isEmpty());
    REQUIRE(result.issues.size() == 1);
    CHECK(result.issues.first().toString()
          == QStringLiteral("areas/wirral/modules/wirral-hubs/module.json: related_modules: 'sefton-hubs' is not a module "
                            "that could be loaded"));
}

TEST_CASE("merging keeps the national order, replaces by id and files new modules in by id")
{
    const QList<Module> national = {moduleWith(QStringLiteral("a-module"), QStringLiteral("national a")),
                                     moduleWith(QStringLiteral("c-module"), QStringLiteral("national c")),
                                     moduleWith(QStringLiteral("e-module"), QStringLiteral("national e"))};
    const QList<Module> local = {moduleWith(QStringLiteral("f-module"), QStringLiteral("local f")),
                                 moduleWith(QStringLiteral("c-module"), QStringLiteral("local c")),
                                 moduleWith(QStringLiteral("b-module"), QStringLiteral("local b"))};

    CHECK(titles(modulesForArea(national, local))
          == QStringList{QStringLiteral("national a"), QStringLiteral("local b"), QStringLiteral("local c"),
                         QStringLiteral("national e"), QStringLiteral("local f")});
    CHECK(titles(modulesForArea(national, {})) == titles(national));
    CHECK(moduleIds(modulesForArea({}, local))
          == QStringList{QStringLiteral("b-module"), QStringLiteral("c-module"), QStringLiteral("f-module")});
}

TEST_CASE("the validator reviews area modules by the same rules, naming the area's file")
{
    ContentFolder folder = twoLinkedModulesFolder();
    writeModule(folder, QStringLiteral("first-module"), {}, QLatin1String(kSeftonModules));
    folder.write(QLatin1String(kSeftonModules) + QStringLiteral("/first-module/02-b.md"),
                 "# Hard\n\nInterparental disagreements characterised by considerable intensity consistently "
                 "necessitate comprehensive professional intervention.\n");

    const QStringList places = issuePlaces(validateContent(folder.path(), testToday()));
    CHECK(places.contains(QStringLiteral("areas/sefton/modules/first-module/02-b.md | ")));
    // The national module of the same id is untouched and stays clean.
    CHECK_FALSE(places.contains(QStringLiteral("modules/first-module/02-b.md | ")));
    // A reviewing rule, not a broken file: the app still loads the module.
    CHECK(loadAreaModulesOf(folder).issues.isEmpty());
}

TEST_CASE("a stale review date in an area module is named with the area path")
{
    ContentFolder folder = twoLinkedModulesFolder();
    writeModule(folder, QStringLiteral("local-hubs"), {}, QLatin1String(kSeftonModules));
    CHECK(issuePlaces(validateContent(folder.path(), testToday().addMonths(13)))
          .contains(QStringLiteral("areas/sefton/modules/local-hubs/module.json | last_reviewed")));
}
