#include "content/arealoader.h"

#include "catchqtstrings.h"
#include "contentfolder.h"

using namespace cg;

TEST_CASE("areas load sorted by name whatever their folder names")
{
    ContentFolder folder;
    folder.writeArea(QStringLiteral("a-wirral"),
                     goodArea(QStringLiteral("E08000015"), QStringLiteral("Wirral")));
    folder.writeArea(QStringLiteral("b-cheshire-east"),
                     goodArea(QStringLiteral("E06000049"), QStringLiteral("Cheshire East")));
    folder.writeArea(QStringLiteral("c-halton"),
                     goodArea(QStringLiteral("E06000006"), QStringLiteral("Halton")));

    const AreaLoadResult result = loadAreas(folder.path());
    CHECK(result.issues.isEmpty());
    CHECK(areaNames(result.areas)
          == QStringList{QStringLiteral("Cheshire East"), QStringLiteral("Halton"),
                         QStringLiteral("Wirral")});
    // Each area knows its folder, which is how an area's own guides find it.
    CHECK(result.areas.first().slug == QStringLiteral("b-cheshire-east"));
}

TEST_CASE("every field of a good area reaches the Area trimmed")
{
    ContentFolder folder;
    QJsonObject fields = goodArea(QStringLiteral("E08000014"), QStringLiteral("Sefton"));
    fields.insert(QStringLiteral("name"), QStringLiteral("  Sefton "));
    fields.insert(QStringLiteral("welcome"), QStringLiteral("Hello there. Welcome."));
    fields.insert(QStringLiteral("brand_colour"), QStringLiteral("#24466B"));
    folder.writeArea(QStringLiteral("sefton"), fields);

    const AreaLoadResult result = loadAreas(folder.path());
    REQUIRE(result.areas.size() == 1);
    const Area &area = result.areas.first();
    CHECK(area.code == QStringLiteral("E08000014"));
    CHECK(area.name == QStringLiteral("Sefton"));
    CHECK(area.welcome == QStringLiteral("Hello there. Welcome."));
    CHECK(area.brandColour == QStringLiteral("#24466B"));
}

TEST_CASE("an area's statistics address reaches the Area only when it is https")
{
    ContentFolder folder;
    QJsonObject sefton = goodArea(QStringLiteral("E08000014"), QStringLiteral("Sefton"));
    sefton.insert(QStringLiteral("stats_url"), QStringLiteral("https://stats.example.org/sefton"));
    folder.writeArea(QStringLiteral("sefton"), sefton);
    // Plain http, a query and a number: each keeps its area out, with the field named.
    for (const auto &[slug, value] : {std::pair{QStringLiteral("wirral"), QJsonValue(QStringLiteral("http://stats.example.org"))},
                                      std::pair{QStringLiteral("halton"), QJsonValue(QStringLiteral("https://s.example.org/?id=1"))},
                                      std::pair{QStringLiteral("knowsley"), QJsonValue(7)}}) {
        QJsonObject fields = goodArea(QStringLiteral("E08000015"), slug);
        fields.insert(QStringLiteral("stats_url"), value);
        folder.writeArea(slug, fields);
    }

    const AreaLoadResult result = loadAreas(folder.path());
    REQUIRE(result.areas.size() == 1);
    CHECK(result.areas.first().statsUrl == QStringLiteral("https://stats.example.org/sefton"));
    REQUIRE(result.issues.size() == 3);
    for (const ValidationIssue &issue : result.issues)
        CHECK(issue.toString().contains(QStringLiteral("stats_url: must be the statistics server's https address")));
}

TEST_CASE("an area's region reaches the Area only when it is one the ONS names")
{
    ContentFolder folder;
    QJsonObject sefton = goodArea(QStringLiteral("E08000014"), QStringLiteral("Sefton"));
    sefton.insert(QStringLiteral("region"), QStringLiteral("North West"));
    folder.writeArea(QStringLiteral("sefton"), sefton);
    QJsonObject wirral = goodArea(QStringLiteral("E08000015"), QStringLiteral("Wirral"));
    wirral.insert(QStringLiteral("region"), QStringLiteral("Northwest"));
    folder.writeArea(QStringLiteral("wirral"), wirral);

    const AreaLoadResult result = loadAreas(folder.path());
    REQUIRE(result.areas.size() == 1);
    CHECK(result.areas.first().region == QStringLiteral("North West"));
    REQUIRE(result.issues.size() == 1);
    CHECK(result.issues.first().toString().endsWith(QStringLiteral("region: must be one of North East, North West, Yorkshire and The Humber, "
                                                                   "East Midlands, West Midlands, East of England, London, South East, "
                                                                   "South West, Wales, but is \"Northwest\"")));
}

TEST_CASE("every shipped area names its region")
{
    for (const Area &area : loadAreas(QStringLiteral(CG_CONTENT_DIR)).areas) {
        INFO(area.slug.toStdString());
        CHECK(onsRegions().contains(area.region));
    }
}

TEST_CASE("the loader leaves out only the bad area and says why")
{
    ContentFolder folder;
    folder.writeGoodAreas(testToday());
    folder.write(QStringLiteral("areas/knowsley/area.json"), QByteArrayLiteral("{ \"code\": "));

    const AreaLoadResult result = loadAreas(folder.path());
    CHECK(areaNames(result.areas) == QStringList{QStringLiteral("Sefton"), QStringLiteral("Wirral")});
    CHECK(issuePlaces(result.issues) == QStringList{QStringLiteral("areas/knowsley/area.json | line 1")});
}

TEST_CASE("the loader does not judge review dates or spelling or welcome words")
{
    // These are for the validator: an old review date must not make an area vanish from phones.
    ContentFolder folder;
    QJsonObject fields = goodArea(QStringLiteral("E08000014"), QStringLiteral("Sefton"),
                                  QDate(2001, 1, 1));
    fields.insert(QStringLiteral("motto"), QStringLiteral("extra"));
    fields.insert(QStringLiteral("welcome"), QStringLiteral("Call 0151 934 4000."));
    folder.writeArea(QStringLiteral("Sefton_Area"), fields);

    const AreaLoadResult result = loadAreas(folder.path());
    CHECK(result.issues.isEmpty());
    CHECK(areaNames(result.areas) == QStringList{QStringLiteral("Sefton")});
}

TEST_CASE("a missing content folder gives one issue and no areas")
{
    const AreaLoadResult result = loadAreas(QStringLiteral("/nonexistent/content"));
    CHECK(result.areas.isEmpty());
    REQUIRE(result.issues.size() == 1);
    CHECK(result.issues.first().toString() == QStringLiteral("content folder not found"));
}

TEST_CASE("the shipped area packs load from Qt resources as the app reads them")
{
    const AreaLoadResult result = loadAreas(QStringLiteral(":/content"));
    INFO(issuePlaces(result.issues).join(QStringLiteral("\n")).toStdString());
    CHECK(result.issues.isEmpty());
    CHECK(areaNames(result.areas)
          == QStringList{QStringLiteral("Bristol (demo)"), QStringLiteral("Cheshire East"), QStringLiteral("Halton"),
                         QStringLiteral("Knowsley"), QStringLiteral("Liverpool"),
                         QStringLiteral("Sefton"), QStringLiteral("St Helens"),
                         QStringLiteral("Wirral")});
    const Area *sefton = findArea(result.areas, QStringLiteral("E08000014"));
    REQUIRE(sefton != nullptr);
    CHECK(sefton->name == QStringLiteral("Sefton"));
    CHECK_FALSE(sefton->welcome.isEmpty());
    CHECK_FALSE(sefton->demo);
    // The example area built from Bristol's feed says so, so the app can keep it from parents.
    const Area *bristol = findArea(result.areas, QStringLiteral("E06000023"));
    REQUIRE(bristol != nullptr);
    CHECK(bristol->demo);
}
