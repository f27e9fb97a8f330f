#include "core/area.h"

#include <catch2/catch.hpp>

using namespace cg;

TEST_CASE("ONS area codes are recognised")
{
    CHECK(isOnsAreaCode(QStringLiteral("E08000014")));
    CHECK(isOnsAreaCode(QStringLiteral("E06000049")));
    CHECK_FALSE(isOnsAreaCode(QStringLiteral("E0800001")));
    CHECK_FALSE(isOnsAreaCode(QStringLiteral("X08000014")));
    CHECK_FALSE(isOnsAreaCode(QStringLiteral("e08000014")));
    CHECK_FALSE(isOnsAreaCode(QString()));
}

TEST_CASE("areas are found by code, and an empty code means none")
{
    const QList<Area> areas = {{QStringLiteral("E08000014"), QStringLiteral("Sefton"), {}, {}},
                               {QStringLiteral("E08000012"), QStringLiteral("Liverpool"), {}, {}}};
    REQUIRE(findArea(areas, QStringLiteral("E08000012")) != nullptr);
    CHECK(findArea(areas, QStringLiteral("E08000012"))->name == QStringLiteral("Liverpool"));
    CHECK(findArea(areas, QStringLiteral("E08000099")) == nullptr);
    CHECK(findArea(areas, QString()) == nullptr);
}

#include "core/validationissue.h"

TEST_CASE("validation issues read as file: field: message, leaving out empty parts")
{
    CHECK(ValidationIssue{QStringLiteral("areas/x/area.json"), QStringLiteral("code"), QStringLiteral("bad")}.toString()
          == QStringLiteral("areas/x/area.json: code: bad"));
    CHECK(ValidationIssue{QStringLiteral("areas/x/area.json"), {}, QStringLiteral("bad")}.toString()
          == QStringLiteral("areas/x/area.json: bad"));
    CHECK(ValidationIssue{{}, {}, QStringLiteral("content folder not found")}.toString()
          == QStringLiteral("content folder not found"));
}
