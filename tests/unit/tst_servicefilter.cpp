#include "catchqtstrings.h"
#include "core/servicefilter.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

using namespace cg;

namespace {

// 23 November 2026 is a Monday.
QDateTime at(int day, const char *time)
{
    return QDateTime(QDate(2026, 11, 22 + day), QTime::fromString(QString::fromLatin1(time), QStringLiteral("HH:mm")));
}

Service withHours(QList<OpeningHours> hours)
{
    Service service;
    service.id = service.name = QStringLiteral("s");
    service.hours.regular = std::move(hours);
    return service;
}

} // namespace

TEST_CASE("open now follows the weekday and the hours, with closing time not included")
{
    const ServiceHours hours{{{1, QTime(9, 0), QTime(17, 0)}, {3, QTime(10, 0), QTime(12, 0)}}, false};
    CHECK(hours.isOpenAt(at(1, "09:00")));
    CHECK(hours.isOpenAt(at(1, "16:59")));
    CHECK_FALSE(hours.isOpenAt(at(1, "17:00")));
    CHECK_FALSE(hours.isOpenAt(at(1, "08:59")));
    CHECK_FALSE(hours.isOpenAt(at(2, "11:00")));  // Tuesday: not listed
    CHECK(hours.isOpenAt(at(3, "11:00")));
}

TEST_CASE("an opening that closes after midnight runs into the next morning, Sunday into Monday too")
{
    const ServiceHours evening{{{7, QTime(20, 0), QTime(2, 0)}}, false};
    CHECK(evening.isOpenAt(at(7, "23:30")));
    CHECK(evening.isOpenAt(at(8, "01:59")));  // Monday 1:59
    CHECK_FALSE(evening.isOpenAt(at(8, "02:00")));
    CHECK_FALSE(evening.isOpenAt(at(7, "01:00")));  // Sunday early morning belongs to Saturday night
}

TEST_CASE("day-and-night services are always open, and unknown hours are never open")
{
    CHECK(ServiceHours{{}, true}.isOpenAt(at(6, "03:00")));
    CHECK_FALSE(ServiceHours{}.known());
    CHECK_FALSE(ServiceHours{}.isOpenAt(at(1, "12:00")));
}

TEST_CASE("opening hours read and write as day, opens and closes, and a bad item refuses the whole list")
{
    const QList<OpeningHours> hours{{1, QTime(9, 0), QTime(17, 30)}, {6, QTime(10, 0), QTime(13, 0)}};
    CHECK(openingHoursFromJson(openingHoursToJson(hours)) == hours);
    CHECK(openingHoursFromJson(QJsonValue()) == QList<OpeningHours>{});
    const auto read = [](const char *json) {
        return openingHoursFromJson(QJsonDocument::fromJson(QByteArray(json)).array());
    };
    CHECK_FALSE(read(R"([{"day": 8, "opens": "09:00", "closes": "17:00"}])"));
    CHECK_FALSE(read(R"([{"day": 1, "opens": "9am", "closes": "17:00"}])"));
    CHECK_FALSE(read(R"([{"day": 1, "opens": "09:00"}])"));
    CHECK_FALSE(read(R"(["Monday 9 to 5"])"));
    CHECK_FALSE(openingHoursFromJson(QJsonValue(QStringLiteral("Mondays"))));
}

TEST_CASE("a service with hours keeps them through its services-file form")
{
    Service service = withHours({{2, QTime(18, 0), QTime(21, 0)}});
    service.hours.allHours = true;
    const std::optional<Service> back = serviceFromJson(serviceToJson(service));
    REQUIRE(back);
    CHECK(back->hours == service.hours);
    QJsonObject wrong = serviceToJson(service);
    wrong.insert(QStringLiteral("open_all_hours"), QStringLiteral("yes"));
    CHECK_FALSE(serviceFromJson(wrong));
}

TEST_CASE("each filter narrows by its own rule, and unknown cost or referral never counts as yes")
{
    Service service;
    service.id = service.name = QStringLiteral("s");
    service.topics = {QStringLiteral("parenting"), QStringLiteral("separation")};
    service.tier = QStringLiteral("targeted");
    service.ways = {QStringLiteral("home-visit")};
    service.languages = {QStringLiteral("Polish")};
    const QDateTime monday = at(1, "12:00");

    CHECK(ServiceFilter{}.isEmpty());
    CHECK(serviceMatches(service, {}, monday));
    CHECK(serviceMatches(service, {{QStringLiteral("housing"), QStringLiteral("separation")}, {}, {}, {}, false, false, false}, monday));
    CHECK_FALSE(serviceMatches(service, {{QStringLiteral("housing")}, {}, {}, {}, false, false, false}, monday));
    CHECK(serviceMatches(service, {{}, {QStringLiteral("targeted")}, {}, {}, false, false, false}, monday));
    CHECK_FALSE(serviceMatches(service, {{}, {QStringLiteral("crisis")}, {}, {}, false, false, false}, monday));
    // A home visit is help in person.
    CHECK(serviceMatches(service, {{}, {}, {QStringLiteral("in-person")}, {}, false, false, false}, monday));
    CHECK_FALSE(serviceMatches(service, {{}, {}, {QStringLiteral("phone")}, {}, false, false, false}, monday));
    CHECK(serviceMatches(service, {{}, {}, {}, QStringLiteral("polish"), false, false, false}, monday));
    CHECK_FALSE(serviceMatches(service, {{}, {}, {}, QStringLiteral("Urdu"), false, false, false}, monday));

    ServiceFilter freeOnly;
    freeOnly.freeOnly = true;
    CHECK_FALSE(serviceMatches(service, freeOnly, monday));
    service.cost = Service::Cost::Free;
    CHECK(serviceMatches(service, freeOnly, monday));

    ServiceFilter yourself;
    yourself.selfReferralOnly = true;
    CHECK_FALSE(serviceMatches(service, yourself, monday));
    service.selfReferral = false;
    CHECK_FALSE(serviceMatches(service, yourself, monday));
    service.selfReferral = true;
    CHECK(serviceMatches(service, yourself, monday));

    ServiceFilter openNow;
    openNow.openNow = true;
    CHECK_FALSE(serviceMatches(service, openNow, monday));  // hours unknown
    service.hours.regular = {{1, QTime(9, 0), QTime(17, 0)}};
    CHECK(serviceMatches(service, openNow, monday));
    CHECK_FALSE(serviceMatches(service, openNow, at(1, "18:00")));
}

TEST_CASE("the languages on offer are every one the services name, once, in order")
{
    Service a;
    a.languages = {QStringLiteral("Polish"), QStringLiteral("English")};
    Service b;
    b.languages = {QStringLiteral("english"), QStringLiteral("Arabic")};
    CHECK(languagesOf({a, b}) == QStringList{"Arabic", "English", "Polish"});
}
