#include "catchqtstrings.h"
#include "content/serviceloader.h"
#include "core/service.h"
#include "memorysettingsstore.h"
#include "models/servicelistmodel.h"
#include "models/settingscontroller.h"
#include "recordingplatform.h"

#include <catch2/catch.hpp>

using namespace cg;

namespace {

const QList<Area> kAreas = {{QStringLiteral("E08000014"), QStringLiteral("Sefton"), {}, QStringLiteral("#1F6F6B"),
                             QStringLiteral("sefton")}};

Service service(const char *id, const char *tier, const char *phone = "")
{
    Service made;
    made.id = QString::fromLatin1(id);
    made.name = made.id;
    made.tier = QString::fromLatin1(tier);
    if (*phone)
        made.phones = {QString::fromLatin1(phone)};
    return made;
}

QStringList column(const ServiceListModel &model, int role)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.data(model.index(row), role).toString();
    return values;
}

} // namespace

TEST_CASE("services are layered from advice for everyone to crisis lines, with one heading per layer")
{
    MemorySettingsStore store;
    SettingsController settings(store, kAreas, store.stored);
    RecordingPlatform platform;
    ServiceListModel model({service("crisis-line", "crisis"), service("advice", "universal"), service("expert", "specialist"),
                            service("more-advice", "universal")},
                           {}, settings, platform);
    CHECK(column(model, ServiceListModel::ServiceIdRole)
          == QStringList{"advice", "more-advice", "expert", "crisis-line"});
    CHECK(column(model, ServiceListModel::TierHeadingRole)
          == QStringList{"Advice for every family", "", "Specialist help", "Help straight away, day or night"});
}

TEST_CASE("the chosen area's own services join the national ones, and go when the area changes")
{
    MemorySettingsStore store;
    SettingsController settings(store, kAreas, store.stored);
    RecordingPlatform platform;
    ServiceListModel model({service("national", "universal")}, {{QStringLiteral("E08000014"), {service("local", "targeted")}}},
                           settings, platform);
    CHECK(model.rowCount() == 1);
    REQUIRE(settings.chooseArea(QStringLiteral("E08000014")));
    CHECK(column(model, ServiceListModel::ServiceIdRole) == QStringList{"national", "local"});
    REQUIRE(settings.chooseArea(QString()));
    CHECK(model.rowCount() == 1);
}

TEST_CASE("one tap calls the number in the phone field, even when the feed wrote words around it")
{
    MemorySettingsStore store;
    SettingsController settings(store, kAreas, store.stored);
    RecordingPlatform platform;
    Service web = service("web", "universal");
    web.website = QStringLiteral("https://example.org/help");
    web.email = QStringLiteral("help@example.org");
    Service script = service("bad", "universal");
    script.website = QStringLiteral("javascript:alert(1)");
    ServiceListModel model({service("helpline", "universal", "Youth line: 0117 332 7111"), web, script,
                            service("no-number", "universal", "Ask at reception")},
                           {}, settings, platform);
    REQUIRE(model.call(0));
    REQUIRE(model.openWebsite(1));
    REQUIRE(model.email(1));
    CHECK_FALSE(model.openWebsite(2));  // only web pages open
    CHECK_FALSE(model.call(3));
    CHECK_FALSE(model.call(9));
    CHECK(platform.opened == QList<QUrl>{QUrl(QStringLiteral("tel:01173327111")), QUrl(QStringLiteral("https://example.org/help")),
                                         QUrl(QStringLiteral("mailto:help@example.org"))});
}

TEST_CASE("a dialable number comes out of whatever the phone field says")
{
    CHECK(dialableNumber(QStringLiteral("0808 2000 247")) == QStringLiteral("08082000247"));
    CHECK(dialableNumber(QStringLiteral("Bristol Youth MAPS: 0117 332 7111")) == QStringLiteral("01173327111"));
    CHECK(dialableNumber(QStringLiteral("+44 117 332-7111")) == QStringLiteral("+441173327111"));
    CHECK(dialableNumber(QStringLiteral("999")) == QStringLiteral("999"));
    CHECK(dialableNumber(QStringLiteral("0800 1111 (open 24/7)")) == QStringLiteral("08001111"));
    CHECK(dialableNumber(QStringLiteral("Ask at reception")).isEmpty());
    CHECK(dialableNumber(QString()).isEmpty());
}

TEST_CASE("the safety list holds only domestic-abuse help, national and local, the most urgent first")
{
    MemorySettingsStore store;
    SettingsController settings(store, kAreas, store.stored);
    RecordingPlatform platform;
    Service helpline = service("helpline", "crisis");
    helpline.topics = {QStringLiteral("domestic-abuse")};
    Service mens = service("mens-line", "specialist");
    mens.topics = {QStringLiteral("domestic-abuse")};
    Service local = service("local-da", "targeted");
    local.topics = {QStringLiteral("domestic-abuse")};
    Service debt = service("debt", "targeted");
    debt.topics = {QStringLiteral("money-and-debt")};
    REQUIRE(settings.chooseArea(QStringLiteral("E08000014")));
    ServiceListModel model({mens, debt, helpline}, {{QStringLiteral("E08000014"), {local}}}, settings, platform,
                           ServiceSelection{QStringLiteral("domestic-abuse"), {}, true});
    CHECK(column(model, ServiceListModel::ServiceIdRole) == QStringList{"helpline", "mens-line", "local-da"});
}

TEST_CASE("every national helpline taps through to the phone's dialler with its own number")
{
    const ServiceLoadResult loaded = loadServices(QStringLiteral(CG_CONTENT_DIR), {});
    REQUIRE(loaded.issues.isEmpty());
    REQUIRE(loaded.national.size() >= 13);
    MemorySettingsStore store;
    SettingsController settings(store, kAreas, store.stored);
    RecordingPlatform platform;
    ServiceListModel model(loaded.national, {}, settings, platform);
    REQUIRE(model.rowCount() == loaded.national.size());
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString id = model.data(model.index(row), ServiceListModel::ServiceIdRole).toString();
        INFO(id.toStdString());
        const QString written = model.data(model.index(row), ServiceListModel::PhoneRole).toString();
        REQUIRE_FALSE(written.isEmpty());
        platform.opened.clear();
        REQUIRE(model.call(row));
        REQUIRE(platform.opened.size() == 1);
        CHECK(platform.opened.first() == QUrl(QStringLiteral("tel:") + dialableNumber(written)));
    }
    // Spot checks against the brief's list, so a typo in the pack is caught here too.
    QStringList dialled;
    for (int row = 0; row < model.rowCount(); ++row) {
        platform.opened.clear();
        model.call(row);
        dialled << platform.opened.first().toString();
    }
    for (const char *number : {"tel:999", "tel:08082000247", "tel:08088010327", "tel:08009995428", "tel:08088024040",
                               "tel:116123", "tel:08001111", "tel:08088005000", "tel:08088002222", "tel:08088020925",
                               "tel:08088084000", "tel:08088004444", "tel:111"})
        CHECK(dialled.contains(QLatin1String(number)));
}
