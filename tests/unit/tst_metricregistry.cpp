#include "catchqtstrings.h"
#include "smallregistry.h"
#include "core/isoweek.h"
#include "core/metricregistry.h"

#include <catch2/catch.hpp>

using namespace cg;

namespace {


using Labels = QHash<QString, QString>;

} // namespace

TEST_CASE("a count fits the registry only with a known metric, exactly its labels and allowed values, from 1 to its most")
{
    const MetricRegistry made = smallRegistry();
    const Labels viewed{{QStringLiteral("category"), QStringLiteral("mediation")}, {QStringLiteral("tier"), QStringLiteral("crisis")}};
    CHECK_FALSE(countProblem(made, QStringLiteral("app.active"), {}, 1));
    CHECK_FALSE(countProblem(made, QStringLiteral("service.viewed"), viewed, 3));
    CHECK(countProblem(made, QStringLiteral("service.viewed"), viewed, 4).has_value());
    CHECK(countProblem(made, QStringLiteral("app.active"), {}, 2) == QStringLiteral("app.active must be from 1 to 1, not 2"));
    CHECK(countProblem(made, QStringLiteral("service.viewed"), viewed, 0).has_value());
    CHECK(countProblem(made, QStringLiteral("journal.words"), {}, 1) == QStringLiteral("'journal.words' is not a metric in the registry"));
    CHECK(countProblem(made, QStringLiteral("service.viewed"), {{QStringLiteral("tier"), QStringLiteral("crisis")}}, 1)
          == QStringLiteral("service.viewed needs the label 'category'"));
    Labels unknownValue = viewed;
    unknownValue.insert(QStringLiteral("tier"), QStringLiteral("Venus, Bootle"));
    CHECK(countProblem(made, QStringLiteral("service.viewed"), unknownValue, 1)
          == QStringLiteral("'Venus, Bootle' is not a value service.viewed's label 'tier' may have"));
    Labels extra = viewed;
    extra.insert(QStringLiteral("note"), QStringLiteral("anything"));
    CHECK(countProblem(made, QStringLiteral("service.viewed"), extra, 1) == QStringLiteral("service.viewed has no label 'note'"));
    CHECK(countProblem(made, QStringLiteral("app.active"), {{QStringLiteral("phone"), QStringLiteral("x")}}, 1).has_value());
}

TEST_CASE("ISO weeks start on Monday, and days around the new year belong to the week with their Thursday")
{
    CHECK(isoWeek(QDate(2026, 11, 23)) == QStringLiteral("2026-W48"));
    CHECK(isoWeek(QDate(2026, 11, 29)) == QStringLiteral("2026-W48"));  // Sunday
    CHECK(isoWeek(QDate(2026, 11, 30)) == QStringLiteral("2026-W49"));
    CHECK(isoWeek(QDate(2027, 1, 1)) == QStringLiteral("2026-W53"));    // 2026 has 53 weeks
    CHECK(isoWeek(QDate(2024, 12, 30)) == QStringLiteral("2025-W01"));
    CHECK(isoWeekMonday(QStringLiteral("2026-W48")) == QDate(2026, 11, 23));
    CHECK(isoWeekMonday(QStringLiteral("2025-W01")) == QDate(2024, 12, 30));
    CHECK(isoWeekMonday(QStringLiteral("2026-W53")) == QDate(2026, 12, 28));
    CHECK_FALSE(isoWeekMonday(QStringLiteral("2025-W53")));  // 2025 has 52
    CHECK_FALSE(isoWeekMonday(QStringLiteral("2026-W00")));
    CHECK_FALSE(isoWeekMonday(QStringLiteral("2026-w48")));
    CHECK_FALSE(isoWeekMonday(QStringLiteral("2026-W48 ")));
    CHECK_FALSE(isoWeekMonday(QStringLiteral("2026-11-23")));
}
