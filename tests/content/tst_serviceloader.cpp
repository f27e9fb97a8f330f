#include "catchqtstrings.h"
#include "content/arealoader.h"
#include "content/serviceloader.h"
#include "content/servicemapping.h"
#include "content/topiclists.h"

#include <catch2/catch.hpp>

using namespace cg;

TEST_CASE("the national helplines load, each with a number, a tier, known topics, a source and a review date")
{
    const QString content = QStringLiteral(CG_CONTENT_DIR);
    const ServiceLoadResult loaded = loadServices(content, loadAreas(content).areas);
    CHECK(loaded.issues.isEmpty());
    REQUIRE(loaded.national.size() == 13);
    const QStringList topics = readTopicLists(content).serviceTopics;
    for (const Service &service : loaded.national) {
        INFO(service.id.toStdString());
        CHECK_FALSE(service.phones.isEmpty());
        CHECK(serviceTiers().contains(service.tier));
        CHECK_FALSE(service.topics.isEmpty());
        for (const QString &topic : service.topics)
            CHECK(topics.contains(topic));
        CHECK_FALSE(service.source.isEmpty());
        CHECK(service.lastChecked.isValid());
        // Costs are not in the brief, so none is claimed.
        CHECK(service.cost == Service::Cost::Unknown);
    }
    const auto helpline = std::find_if(loaded.national.cbegin(), loaded.national.cend(), [](const Service &service) {
        return service.id == QStringLiteral("national-domestic-abuse-helpline");
    });
    REQUIRE(helpline != loaded.national.cend());
    CHECK(helpline->phones == QStringList{QStringLiteral("0808 2000 247")});
    CHECK(helpline->tier == QStringLiteral("crisis"));
}
