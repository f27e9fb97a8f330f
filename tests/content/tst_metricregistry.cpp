#include "catchqtstrings.h"
#include "content/checkinfile.h"
#include "content/contentvalidator.h"
#include "content/metricregistryfile.h"
#include "content/moduleloader.h"
#include "content/topiclists.h"
#include "contentfolder.h"

#include <catch2/catch.hpp>

using namespace cg;

namespace {

const MetricLists kLists{{QStringLiteral("modules"), {QStringLiteral("arguing-better"), QStringLiteral("calming-down")}},
                         {QStringLiteral("tiers"), {QStringLiteral("self-help"), QStringLiteral("crisis")}}};

const QByteArray kActive = "{\"name\": \"app.active\", \"title\": \"Counted\", \"description\": \"This phone used the app this week.\","
                           " \"why\": \"To count families.\", \"labels\": {}, \"max_per_week\": 1}";

MetricRegistryResult readRegistry(const QByteArray &metrics, const QByteArray &schema = "1")
{
    ContentFolder folder;
    folder.write(QStringLiteral("metrics.json"),
                 "{\"schema\": " + schema + ", \"last_reviewed\": \"2026-11-01\", \"metrics\": [" + metrics + "]}");
    return readMetricRegistry(folder.path(), kLists);
}

} // namespace

TEST_CASE("the shipped metric registry reads against the app's own lists, with app.active and labels from them")
{
    const QString content = QStringLiteral(CG_CONTENT_DIR);
    const CheckInFileResult checkIn = readCheckIn(content);
    REQUIRE(checkIn.definition);
    QStringList modules;
    for (const Module &module : loadModules(content).modules)
        modules << module.id;
    const MetricRegistryResult read =
        readMetricRegistry(content, metricLists(modules, readTopicLists(content).serviceTopics, *checkIn.definition));
    CHECK(read.issues.isEmpty());
    REQUIRE(read.registry);
    const Metric *active = read.registry->find(QStringLiteral("app.active"));
    REQUIRE(active);
    CHECK(active->labels.isEmpty());
    const Metric *change = read.registry->find(QStringLiteral("checkin.change"));
    REQUIRE(change);
    REQUIRE(change->labels.size() == 3);
    CHECK(change->labels.at(1).values.contains(QStringLiteral("sorted-out")));
    CHECK(reviewMetricRegistry(*read.registry, QDate(2026, 11, 23)).isEmpty());
}

TEST_CASE("a metric with a bad name, an unknown list, both a list and values, or no weekly most names each place")
{
    const MetricRegistryResult read = readRegistry(
        kActive + ",{\"name\": \"Module Started\", \"title\": \"Counted\", \"description\": \"A guide was opened.\", \"why\": \"To count.\","
                  " \"labels\": {\"module\": {\"list\": \"guides\"}}, \"max_per_week\": 1},"
                  "{\"name\": \"module.done\", \"title\": \"Counted\", \"description\": \"A guide was read.\", \"why\": \"To count.\","
                  " \"labels\": {\"module\": {\"list\": \"modules\", \"values\": [\"a\"]}}, \"max_per_week\": 0}");
    CHECK_FALSE(read.registry);
    CHECK(issuePlaces(read.issues) == QStringList{QStringLiteral("metrics.json | metrics[1].name"),
                                                  QStringLiteral("metrics.json | metrics[1].labels.module.list"),
                                                  QStringLiteral("metrics.json | metrics[2].labels.module.list"),
                                                  QStringLiteral("metrics.json | metrics[2].max_per_week")});
}

TEST_CASE("a registry without app.active, with it labelled, with a name used twice, an unknown field or schema 2 is refused")
{
    CHECK(issuePlaces(readRegistry("").issues) == QStringList{QStringLiteral("metrics.json | metrics")});
    const QByteArray labelled = "{\"name\": \"app.active\", \"title\": \"Counted\", \"description\": \"Used this week.\", \"why\": \"To count.\","
                                " \"labels\": {\"tier\": {\"list\": \"tiers\"}}, \"max_per_week\": 1}";
    CHECK(issuePlaces(readRegistry(labelled).issues) == QStringList{QStringLiteral("metrics.json | metrics")});
    CHECK(issuePlaces(readRegistry(kActive + "," + kActive).issues)
          == QStringList{QStringLiteral("metrics.json | metrics[1].name")});
    QByteArray extra = kActive;
    extra.replace("\"labels\"", "\"ip\": true, \"labels\"");
    CHECK(issuePlaces(readRegistry(extra).issues) == QStringList{QStringLiteral("metrics.json | metrics[0].ip")});
    CHECK(issuePlaces(readRegistry(kActive, "2").issues) == QStringList{QStringLiteral("metrics.json | schema")});
}

TEST_CASE("the content validator reads the metric registry and names its problems")
{
    ContentFolder folder;
    folder.write(QStringLiteral("metrics.json"), "{\"schema\": 2, \"last_reviewed\": \"2026-11-01\", \"metrics\": [" + kActive + "]}");
    CHECK(issuePlaces(validateContent(folder.path(), QDate(2026, 11, 23))).contains(QStringLiteral("metrics.json | schema")));
}
