#include "catchqtstrings.h"
#include "core/metricregistry.h"

#include <catch2/catch.hpp>

using namespace cg;

namespace {

MetricRegistry registry()
{
    MetricRegistry made;
    made.metrics = {{QStringLiteral("app.active"), {}, {}, {}, 1},
                    {QStringLiteral("service.viewed"), {}, {},
                     {{QStringLiteral("category"), QStringLiteral("service-topics"), {QStringLiteral("mediation")}},
                      {QStringLiteral("tier"), QStringLiteral("tiers"), {QStringLiteral("self-help"), QStringLiteral("crisis")}}},
                     50}};
    return made;
}

using Labels = QHash<QString, QString>;

} // namespace

TEST_CASE("a count fits the registry only with a known metric, exactly its labels and allowed values, from 1 to its most")
{
    const MetricRegistry made = registry();
    const Labels viewed{{QStringLiteral("category"), QStringLiteral("mediation")}, {QStringLiteral("tier"), QStringLiteral("crisis")}};
    CHECK_FALSE(countProblem(made, QStringLiteral("app.active"), {}, 1));
    CHECK_FALSE(countProblem(made, QStringLiteral("service.viewed"), viewed, 50));
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
