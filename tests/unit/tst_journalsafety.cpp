#include "catchqtstrings.h"
#include "core/journalsafety.h"

#include <catch2/catch.hpp>

using namespace cg;

// Case by case, as the issue asks: each thing that can happen, alone.
TEST_CASE("each sign of harm, fear or control on its own opens the safety screen")
{
    for (const char *happening : {"threats", "pushed-or-hurt", "felt-afraid", "stopped-seeing-people-or-using-money",
                                  "phone-checked-or-tracked"}) {
        INFO(happening);
        CHECK(journalResponse({QString::fromLatin1(happening)}) == JournalResponse::Safety);
    }
}

TEST_CASE("things thrown or broken asks a gentle question first")
{
    CHECK(journalResponse({QStringLiteral("things-thrown-or-broken")}) == JournalResponse::FollowUp);
}

TEST_CASE("an ordinary row gets the usual advice")
{
    for (const char *happening : {"raised-voices", "shouting-or-swearing", "silent-treatment", "walked-out",
                                  "name-calling", "blaming"}) {
        INFO(happening);
        CHECK(journalResponse({QString::fromLatin1(happening)}) == JournalResponse::Advice);
    }
    CHECK(journalResponse({}) == JournalResponse::Advice);
}

TEST_CASE("the strongest response wins whatever the order")
{
    CHECK(journalResponse({QStringLiteral("things-thrown-or-broken"), QStringLiteral("felt-afraid")})
          == JournalResponse::Safety);
    CHECK(journalResponse({QStringLiteral("felt-afraid"), QStringLiteral("things-thrown-or-broken")})
          == JournalResponse::Safety);
    CHECK(journalResponse({QStringLiteral("raised-voices"), QStringLiteral("things-thrown-or-broken")})
          == JournalResponse::FollowUp);
}

TEST_CASE("every rule names a different happening")
{
    QStringList seen;
    for (const JournalSafetyRule &rule : journalSafetyRules()) {
        INFO(rule.happening);
        CHECK_FALSE(seen.contains(QString::fromLatin1(rule.happening)));
        seen << QString::fromLatin1(rule.happening);
    }
    CHECK(seen.size() == 6);
}
