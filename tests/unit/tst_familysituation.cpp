#include "core/familysituation.h"

#include <catch2/catch.hpp>

using namespace cg;

TEST_CASE("every family situation round-trips through its stored key")
{
    const QStringList keys = allFamilySituationKeys();
    CHECK(keys.size() == 7);
    for (const QString &key : keys) {
        const auto situation = familySituationFromKey(key);
        REQUIRE(situation.has_value());
        CHECK(familySituationKey(*situation) == key);
    }
}

TEST_CASE("unknown family situation keys are rejected")
{
    CHECK_FALSE(familySituationFromKey(QStringLiteral("married")).has_value());
    CHECK_FALSE(familySituationFromKey(QString()).has_value());
}
