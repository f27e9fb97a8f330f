#include "catchqtstrings.h"
#include "content/jsonfile.h"
#include "content/orukimport.h"
#include "content/topiclists.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QJsonArray>

#include <numeric>

using namespace cg;

namespace {

const QDate kToday(2026, 11, 23);
const QString kFixtures = QStringLiteral(CG_TEST_SOURCE_DIR "/fixtures/oruk");

ServiceMapping shippedMapping()
{
    const TopicLists topics = readTopicLists(QStringLiteral(CG_CONTENT_DIR));
    const ServiceMappingResult read =
        readServiceMapping(QStringLiteral(CG_CONTENT_DIR "/service-mapping.json"), topics.serviceTopics);
    REQUIRE(read.issues.isEmpty());
    return read.mapping;
}

OrukPage pageOf(const QByteArray &json)
{
    QString error;
    const std::optional<OrukPage> page = readOrukPage(QJsonDocument::fromJson(json), &error);
    REQUIRE(page);
    return *page;
}

OrukImportResult importJson(const QByteArray &json)
{
    return importOrukRecords(pageOf(json).records, shippedMapping(), kToday, QStringLiteral("Test feed"));
}

} // namespace

TEST_CASE("the real Bristol record reads as a card: plain text, public routes only, topics and tier")
{
    const JsonFileResult file = readJsonFile(kFixtures + QStringLiteral("/bristol_oruk-v3_service_full_1625ip.json"), {});
    REQUIRE_FALSE(file.issue);
    QString error;
    const auto page = readOrukPage(file.document, &error);
    REQUIRE(page);
    REQUIRE(page->records.size() == 1);
    const OrukImportResult result = importOrukRecords(page->records, shippedMapping(), kToday, QStringLiteral("OGL"));
    REQUIRE(result.services.size() == 1);
    const Service &service = result.services.first();
    CHECK(service.id == QStringLiteral("2a3483ea-8966-4f50-9dc3-7bafa1e5c623"));
    CHECK(service.name == QStringLiteral("1625 Independent People"));
    CHECK(service.provider == QStringLiteral("1625 Independent People"));
    CHECK(service.summary.startsWith(QStringLiteral("About Us")));
    CHECK_FALSE(service.summary.contains(QLatin1Char('<')));
    CHECK(service.website == QStringLiteral("http://1625ip.co.uk"));
    CHECK(service.email == QStringLiteral("enquiries@1625ip.co.uk"));
    // Free text inside a phone "number" is kept as the feed's words, not dropped.
    CHECK(service.phones == QStringList{QStringLiteral("0800 0354213"), QStringLiteral("Bristol Youth MAPS: 0117 332 7111")});
    CHECK_FALSE(service.minimumAge);  // -1 means unknown
    CHECK_FALSE(service.maximumAge);
    CHECK(service.whoFor == QStringLiteral("Homeless, Care leavers"));
    CHECK(service.cost == Service::Cost::Unknown);
    CHECK_FALSE(service.selfReferral);
    CHECK(service.topics.contains(QStringLiteral("housing")));
    CHECK(service.topics.contains(QStringLiteral("children-and-young-people")));
    CHECK(service.tier == QStringLiteral("targeted"));
    CHECK(service.lastChecked == QDate(2025, 9, 2));
    CHECK(service.attribution == QStringLiteral("OGL"));
    // The assurer's e-mail never reaches the app.
    CHECK_FALSE(QJsonDocument(serviceToJson(service)).toJson().contains("assurer"));
    CHECK(result.report.stale == 1);  // checked in September 2025: more than 12 months before "today"
}

TEST_CASE("the real Bristol page reads as a v3 page that is not the last")
{
    const JsonFileResult file = readJsonFile(kFixtures + QStringLiteral("/bristol_oruk-v3_services_page1.json"), {});
    REQUIRE_FALSE(file.issue);
    QString error;
    const auto page = readOrukPage(file.document, &error);
    REQUIRE(page);
    CHECK(page->records.size() == 3);
    CHECK(page->pageNumber == 1);
    CHECK(page->totalPages == 292);
    CHECK_FALSE(page->lastPage);
    const OrukImportResult result = importOrukRecords(page->records, shippedMapping(), kToday, {});
    CHECK(result.report.read == 3);
    CHECK(result.report.imported + std::accumulate(result.report.skipped.cbegin(), result.report.skipped.cend(), 0)
          == 3);
    for (const Service &service : result.services) {
        INFO(service.name.toStdString());
        CHECK_FALSE(service.summary.contains(QLatin1String("<p>")));
        CHECK_FALSE(service.email.contains(QLatin1String("noemail")));
        CHECK(serviceTiers().contains(service.tier));
    }
}

TEST_CASE("an ORUK v1 page with integer ids, organisation spelling, weekday numbers and strings for numbers")
{
    const OrukImportResult result = importJson(R"({
        "totalElements": 2, "totalPages": 1, "number": 1, "size": 2, "first": true, "last": true,
        "content": [
          {"id": 101, "name": "Family Mediation Service", "status": "active", "url": "https://mediation.example.org",
           "organisation": {"name": "Mediation Trust"},
           "description": "Mediation for separating parents &amp; their children.",
           "fees": "Free for families on benefits",
           "attending_access": "drop-in", "attending_type": "venue, phone",
           "eligibilitys": [{"eligibility": "Parents", "minimum_age": "18", "maximum_age": "-1"}],
           "regular_schedules": [{"weekday": 1, "opens_at": "09:00:00", "closes_at": "17:00:00"},
                                 {"weekday": "Saturday", "opens_at": "10:00", "closes_at": "12:00"}],
           "service_taxonomys": [{"taxonomy": {"name": "Separating and separated parent support"}}],
           "contacts": [{"name": "A Person", "phones": [{"number": "0117 000 0000"}]}],
           "service_at_locations": [{"location": {"physical_addresses": [{"address_1": "1 High Street", "city": "Bristol",
                                                                           "postal_code": "BS1 1AA"}]}}],
           "pc_internal": {"anything": true}},
          {"id": "102", "name": "Second", "status": "inactive", "url": "https://x.example.org"}
        ]})");
    REQUIRE(result.services.size() == 1);
    const Service &service = result.services.first();
    CHECK(service.id == QStringLiteral("101"));
    CHECK(service.provider == QStringLiteral("Mediation Trust"));
    CHECK(service.summary == QStringLiteral("Mediation for separating parents & their children."));
    CHECK(service.cost == Service::Cost::Free);
    CHECK(service.selfReferral == true);
    CHECK(service.minimumAge == 18);
    CHECK_FALSE(service.maximumAge);
    CHECK(service.times == QStringList{QStringLiteral("Monday 09:00–17:00"), QStringLiteral("Saturday 10:00–12:00")});
    CHECK(service.places == QStringList{QStringLiteral("1 High Street, Bristol, BS1 1AA")});
    CHECK(service.ways.contains(QStringLiteral("in-person")));
    CHECK(service.ways.contains(QStringLiteral("phone")));
    CHECK(service.topics.contains(QStringLiteral("mediation")));
    CHECK(service.topics.contains(QStringLiteral("separation")));
    CHECK(service.tier == QStringLiteral("specialist"));
    CHECK_FALSE(QJsonDocument(serviceToJson(service)).toJson().contains("A Person"));  // no people's names
    CHECK(result.report.skipped.value(QStringLiteral("not active")) == 1);
}

TEST_CASE("a bare array, duplicates, missing names and ids, stale checks and placeholder e-mails")
{
    const OrukImportResult result = importJson(R"([
        {"id": "a", "name": "Parenting group", "email": "info@noemail.invalid", "url": "https://a.example.org",
         "assured_date": "2024-01-10"},
        {"id": "a", "name": "Parenting group again", "url": "https://a.example.org"},
        {"id": "", "name": "No id", "url": "https://b.example.org"},
        {"id": "c", "name": "", "url": "https://c.example.org"},
        {"id": "d", "name": {"text": "an object"}, "url": "https://d.example.org"},
        {"id": "e", "name": "Nothing to contact"},
        "not a record"
    ])");
    CHECK(result.report.read == 6);
    CHECK(result.report.imported == 1);
    CHECK(result.report.duplicates == 1);
    CHECK(result.report.skipped.value(QStringLiteral("no id")) == 1);
    CHECK(result.report.skipped.value(QStringLiteral("no name")) == 2);
    CHECK(result.report.skipped.value(QStringLiteral("no way to contact")) == 1);
    CHECK(result.report.stale == 1);
    REQUIRE(result.services.size() == 1);
    CHECK(result.services.first().email.isEmpty());
    CHECK(result.report.toJson().value(QStringLiteral("duplicates")).toInt() == 1);
    CHECK(result.report.summary()
          == QStringLiteral("read 6, imported 1, skipped 4 (1 no id, 2 no name, 1 no way to contact), duplicates 1, stale 1"));
}

TEST_CASE("a domestic-abuse service never gets a street address, and scripts in descriptions are removed")
{
    const OrukImportResult result = importJson(R"({"contents": [
        {"id": "da1", "name": "Domestic Abuse Support", "url": "https://da.example.org",
         "description": "<p>Support and a refuge.</p><script>alert('x')</script>",
         "service_at_locations": [{"location": {"addresses": [{"address_1": "Secret House", "city": "Bristol"}]}}]}
        ], "last_page": true})");
    REQUIRE(result.services.size() == 1);
    const Service &service = result.services.first();
    CHECK(service.topics.contains(QStringLiteral("domestic-abuse")));
    CHECK(service.tier == QStringLiteral("specialist"));
    CHECK(service.places.isEmpty());
    CHECK(service.summary == QStringLiteral("Support and a refuge."));
}

TEST_CASE("something that is not a directory feed is refused with a clear reason")
{
    QString error;
    CHECK_FALSE(readOrukPage(QJsonDocument::fromJson(R"({"error": "Not found"})"), &error));
    CHECK(error.contains(QStringLiteral("not an Open Referral UK")));
    CHECK_FALSE(readOrukPage(QJsonDocument(), &error));  // an HTML page does not parse as JSON
    CHECK(error.contains(QStringLiteral("not JSON from a service directory")));
}

TEST_CASE("a services file entry round-trips, and a wrong type is refused")
{
    Service service;
    service.id = QStringLiteral("x");
    service.name = QStringLiteral("Name");
    service.summary = QStringLiteral("Summary");
    service.minimumAge = 0;
    service.selfReferral = false;
    service.phones = {QStringLiteral("0800 000 000")};
    service.topics = {QStringLiteral("parenting")};
    service.tier = QStringLiteral("universal");
    service.lastChecked = QDate(2026, 1, 2);
    CHECK(serviceFromJson(serviceToJson(service)) == service);
    QJsonObject wrong = serviceToJson(service);
    wrong.insert(QStringLiteral("phones"), QStringLiteral("not a list"));
    CHECK_FALSE(serviceFromJson(wrong));
}
