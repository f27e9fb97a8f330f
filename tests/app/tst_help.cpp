#include "catchqtstrings.h"
#include "core/service.h"
#include "memorysettingsstore.h"
#include "models/helpcontroller.h"
#include "models/servicecardtext.h"
#include "models/settingscontroller.h"
#include "recordingplatform.h"

#include <catch2/catch.hpp>

using namespace cg;

namespace {

const QString kSefton = QStringLiteral("E08000014");
const QList<Area> kAreas = {{kSefton, QStringLiteral("Sefton"), {}, QStringLiteral("#1F6F6B"), QStringLiteral("sefton")},
                            {QStringLiteral("E08000015"), QStringLiteral("Wirral"), {}, QStringLiteral("#1F6F6B"),
                             QStringLiteral("wirral")}};

Service service(const char *id, const char *tier, QStringList topics, QStringList phones = {})
{
    Service made;
    made.id = QString::fromLatin1(id);
    made.name = made.id;
    made.tier = QString::fromLatin1(tier);
    made.topics = std::move(topics);
    made.phones = std::move(phones);
    return made;
}

QStringList ids(const ServiceListModel &model)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.data(model.index(row), ServiceListModel::ServiceIdRole).toString();
    return values;
}

void pick(ChipListModel &chips, const QString &key)
{
    for (int row = 0; row < chips.rowCount(); ++row) {
        if (chips.data(chips.index(row), ChipListModel::KeyRole).toString() == key) {
            REQUIRE(chips.setData(chips.index(row), true, ChipListModel::SelectedRole));
            return;
        }
    }
    FAIL("no chip " << key.toStdString());
}

// Get help for Sefton: two national helplines and three local services.
struct HelpFixture {
    HelpFixture()
    {
        Service helpline = service("helpline", "crisis", {QStringLiteral("domestic-abuse")}, {QStringLiteral("0808 2000 247")});
        helpline.hours.allHours = true;
        Service family = service("family-line", "universal", {QStringLiteral("parenting")}, {QStringLiteral("0808 800 2222")});
        family.cost = Service::Cost::Free;
        Service hub = service("hub", "universal", {QStringLiteral("parenting"), QStringLiteral("separation")});
        hub.places = {QStringLiteral("1 Hub Street, Bootle")};
        hub.ways = {QStringLiteral("in-person")};
        hub.languages = {QStringLiteral("Polish")};
        hub.selfReferral = true;
        Service counselling = service("counselling", "targeted", {QStringLiteral("relationship-support")},
                                      {QStringLiteral("Leave a message with reception"), QStringLiteral("0151 000 0000")});
        counselling.hours.regular = {{1, QTime(9, 0), QTime(17, 0)}};
        Service unlisted = service("no-contact-yet", "targeted", {QStringLiteral("domestic-abuse")});
        REQUIRE(settings.chooseArea(kSefton));
        list = std::make_unique<ServiceListModel>(QList<Service>{helpline, family},
                                                  QHash<QString, QList<Service>>{{kSefton, {hub, counselling, unlisted}}},
                                                  settings, platform);
        help = std::make_unique<HelpController>(
            *list,
            HelpController::Sources{{helpline, family},
                                    {{kSefton, {hub, counselling, unlisted}}},
                                    {{QStringLiteral("parenting"), QStringLiteral("Parenting")},
                                     {QStringLiteral("domestic-abuse"), QStringLiteral("Domestic abuse")},
                                     {QStringLiteral("crisis"), QStringLiteral("Urgent help")}}},
            settings, platform);
    }

    MemorySettingsStore store;
    SettingsController settings{store, kAreas, store.stored};
    RecordingPlatform platform;
    std::unique_ptr<ServiceListModel> list;
    std::unique_ptr<HelpController> help;
};

} // namespace

TEST_CASE("each filter choice narrows Get help at once, and clearing brings every service back")
{
    HelpFixture f;
    ServiceFilters &filters = *f.help->filters();
    CHECK(f.list->rowCount() == 5);
    pick(*filters.topics(), QStringLiteral("parenting"));
    CHECK(ids(*f.list) == QStringList{"family-line", "hub"});
    CHECK(f.list->unfilteredCount() == 5);
    filters.setFreeOnly(true);
    CHECK(ids(*f.list) == QStringList{"family-line"});
    filters.setFreeOnly(false);
    filters.setSelfReferralOnly(true);
    CHECK(ids(*f.list) == QStringList{"hub"});
    CHECK(filters.activeCount() == 2);
    filters.clear();
    CHECK(filters.activeCount() == 0);
    CHECK(f.list->rowCount() == 5);

    pick(*filters.ways(), QStringLiteral("in-person"));
    CHECK(ids(*f.list) == QStringList{"hub"});
    filters.clear();
    pick(*filters.tiers(), QStringLiteral("crisis"));
    pick(*filters.tiers(), QStringLiteral("targeted"));
    CHECK(ids(*f.list) == QStringList{"counselling", "no-contact-yet", "helpline"});
    filters.clear();
    pick(*filters.languages(), QStringLiteral("Polish"));
    CHECK(ids(*f.list) == QStringList{"hub"});
}

TEST_CASE("open now shows only services whose hours are known and open at that moment")
{
    HelpFixture f;
    QDateTime now(QDate(2026, 11, 23), QTime(10, 0));  // a Monday morning
    f.list->setClock([&now] { return now; });
    f.help->filters()->setOpenNow(true);
    CHECK(ids(*f.list) == QStringList{"counselling", "helpline"});
    now = QDateTime(QDate(2026, 11, 24), QTime(23, 0));  // Tuesday night: the list is built again on each change
    f.help->filters()->setOpenNow(false);
    f.help->filters()->setOpenNow(true);
    CHECK(ids(*f.list) == QStringList{"helpline"});
}

TEST_CASE("topic chips leave out urgent help, which has its own layer, and languages follow the area")
{
    HelpFixture f;
    ServiceFilters &filters = *f.help->filters();
    QStringList topicKeys;
    for (int row = 0; row < filters.topics()->rowCount(); ++row)
        topicKeys << filters.topics()->data(filters.topics()->index(row), ChipListModel::KeyRole).toString();
    CHECK(topicKeys == QStringList{"parenting", "domestic-abuse"});
    REQUIRE(filters.languages()->rowCount() == 1);
    pick(*filters.languages(), QStringLiteral("Polish"));
    REQUIRE(f.settings.chooseArea(QStringLiteral("E08000015")));
    // Wirral's services name no language; the picked one goes rather than hiding everything.
    CHECK(filters.languages()->rowCount() == 0);
    CHECK(filters.filter().language.isEmpty());
    CHECK(f.list->rowCount() == 2);
}

TEST_CASE("a service's own page shows that one service, with a call button only for real numbers")
{
    HelpFixture f;
    REQUIRE(f.help->openRoute(QStringLiteral("service/counselling")));
    CHECK(f.help->screen() == HelpController::Service);
    ServiceListModel &page = *f.help->service();
    REQUIRE(ids(page) == QStringList{"counselling"});
    const QVariantList phones = page.data(page.index(0), ServiceListModel::PhonesRole).toList();
    REQUIRE(phones.size() == 2);
    CHECK_FALSE(phones[0].toMap().value(QStringLiteral("canCall")).toBool());
    CHECK(phones[1].toMap().value(QStringLiteral("canCall")).toBool());
    // The card's one call button skips words that are not a number.
    CHECK(page.data(page.index(0), ServiceListModel::PhoneRole).toString().isEmpty());
    CHECK_FALSE(page.call(0, 0));
    CHECK(page.call(0, 1));
    CHECK_FALSE(page.call(0, 2));
    CHECK(f.platform.opened == QList<QUrl>{QUrl(QStringLiteral("tel:01510000000"))});
    CHECK(page.data(page.index(0), ServiceListModel::TimesRole).toString().isEmpty());

    CHECK_FALSE(f.help->openRoute(QStringLiteral("service/nobody")));
    CHECK_FALSE(f.help->openRoute(QStringLiteral("service/")));
    CHECK_FALSE(f.help->openRoute(QStringLiteral("elsewhere")));
    CHECK(ids(page) == QStringList{"counselling"});
}

TEST_CASE("directions hand the address to the platform's maps, and only for a place the service has")
{
    HelpFixture f;
    REQUIRE(f.help->openService(QStringLiteral("hub")));
    ServiceListModel &page = *f.help->service();
    CHECK(page.directions(0, 0));
    CHECK_FALSE(page.directions(0, 1));
    CHECK_FALSE(page.directions(1, 0));
    REQUIRE(f.platform.opened.size() == 1);
    CHECK(f.platform.opened.first().toString(QUrl::FullyEncoded) == QStringLiteral("geo:0,0?q=1%20Hub%20Street%2C%20Bootle"));
}

TEST_CASE("a service with no way to get in touch yet says who can help, and is kept off the safety list")
{
    HelpFixture f;
    REQUIRE(f.help->openService(QStringLiteral("no-contact-yet")));
    ServiceListModel &page = *f.help->service();
    CHECK(page.data(page.index(0), ServiceListModel::ContactNoteRole).toString().startsWith(
        QStringLiteral("No contact details here yet.")));
    REQUIRE(f.help->openService(QStringLiteral("hub")));
    CHECK(page.data(page.index(0), ServiceListModel::ContactNoteRole).toString().isEmpty());

    ServiceListModel safety({service("helpline", "crisis", {QStringLiteral("domestic-abuse")}, {QStringLiteral("999")})},
                            {{kSefton, {service("no-contact-yet", "targeted", {QStringLiteral("domestic-abuse")})}}},
                            f.settings, f.platform, ServiceSelection{QStringLiteral("domestic-abuse"), {}, true, true});
    CHECK(ids(safety) == QStringList{"helpline"});
}

TEST_CASE("the safety route stops couple exercises for good, and a guide can ask for one topic's services")
{
    HelpFixture f;
    CHECK_FALSE(f.settings.safetyRouteSeen());
    REQUIRE(f.help->openRoute(QStringLiteral("safety")));
    CHECK(f.help->screen() == HelpController::Safety);
    CHECK(f.settings.safetyRouteSeen());
    f.help->showTopic(QStringLiteral("parenting"));
    CHECK(f.help->screen() == HelpController::List);
    CHECK(ids(*f.list) == QStringList{"family-line", "hub"});
    CHECK(f.help->routes().contains(QStringLiteral("help/service/hub")));
    CHECK(f.help->routes().contains(QStringLiteral("help/check")));
    REQUIRE(f.help->openRoute(QStringLiteral("filters")));
    CHECK(f.help->filtersShown());
    f.help->forget();
    CHECK_FALSE(f.help->filtersShown());
}

TEST_CASE("the check says more than arguing on any yes or sometimes, everyday arguing only when all are no")
{
    HelpFixture f;
    REQUIRE(f.help->openRoute(QStringLiteral("check")));
    SafetyCheckModel &check = *f.help->check();
    REQUIRE(check.rowCount() == 7);
    CHECK(check.outcome() == SafetyCheckModel::Unfinished);
    CHECK_FALSE(check.showResult());
    for (int row = 0; row < check.rowCount() - 1; ++row)
        check.answer(row, SafetyCheckModel::No);
    CHECK(check.outcome() == SafetyCheckModel::Unfinished);
    check.answer(check.rowCount() - 1, SafetyCheckModel::No);
    CHECK(check.outcome() == SafetyCheckModel::EverydayConflict);
    check.answer(2, SafetyCheckModel::Sometimes);
    CHECK(check.outcome() == SafetyCheckModel::MoreThanConflict);
    CHECK(check.showResult());
    CHECK(check.resultShown());
    check.answer(99, SafetyCheckModel::Yes);  // ignored
    // Leaving the check forgets every answer.
    f.help->showList();
    CHECK(check.outcome() == SafetyCheckModel::Unfinished);
    CHECK_FALSE(check.resultShown());
    for (int row = 0; row < check.rowCount(); ++row)
        CHECK(check.data(check.index(row), SafetyCheckModel::AnswerRole).toInt() == SafetyCheckModel::Unanswered);
    // One yes is enough to know, even with questions left.
    check.answer(0, SafetyCheckModel::Yes);
    CHECK(check.outcome() == SafetyCheckModel::MoreThanConflict);
    // The check itself never marks the safety route: only reaching the safety screen does.
    CHECK_FALSE(f.settings.safetyRouteSeen());
}

TEST_CASE("a card shows the start of a long directory entry, skipping a heading, and says there is more")
{
    CHECK(ServiceCardText::shortSummary(QStringLiteral("Advice for single parents.")) == QStringLiteral("Advice for single parents."));
    const QString entry = QStringLiteral("About Us\n\nWe help young people. We run groups.\n\nGet Help\n\nCall us.");
    CHECK(ServiceCardText::shortSummary(entry) == QStringLiteral("We help young people. We run groups. …"));
    const QString longOne = QStringLiteral("We help young people who are homeless. ") + QString(300, QLatin1Char('x'));
    CHECK(ServiceCardText::shortSummary(longOne, 60) == QStringLiteral("We help young people who are homeless. …"));
    const QString noStops = QStringLiteral("one two three four five six seven eight nine ten");
    CHECK(ServiceCardText::shortSummary(noStops, 20) == QStringLiteral("one two three four …"));
    CHECK(ServiceCardText::shortSummary(QString()).isEmpty());
}
