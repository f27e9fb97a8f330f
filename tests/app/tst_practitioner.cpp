#include "catchqtstrings.h"
#include "core/recommendationcode.h"
#include "forgedcodes.h"
#include "qr/qrimage.h"
#include "shell/appcomposition.h"
#include "shell/qrimageprovider.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace cg;

namespace {

const QString kSefton = QStringLiteral("E08000014");
const QString kWirral = QStringLiteral("E08000015");

// The whole app on a fresh data folder with the real content, set up for Sefton.
struct AppFixture {
    AppFixture()
    {
        AppOptions options;
        options.dataDir = dir.path();
        QString error;
        app = AppComposition::create(options, &error);
        REQUIRE(app);
        REQUIRE(settings().chooseArea(kSefton));
    }
    AppController &controller() { return app->controller(); }
    SettingsController &settings() { return *controller().settings(); }
    RedeemController &redeem() { return *controller().more()->redeem(); }
    RecommendationBuilder &builder() { return *controller().more()->builder(); }

    QTemporaryDir dir;
    std::unique_ptr<AppComposition> app;
};

QStringList keys(const QAbstractItemModel &model, int role)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.data(model.index(row, 0), role).toString();
    return values;
}

QStringList homeIds(AppController &controller)
{
    return keys(*controller.recommendations(), RecommendationListModel::ItemIdRole);
}

QString codeFor(const QString &area, const QStringList &modules, const QStringList &services = {})
{
    Recommendation recommendation{area, QStringLiteral("early-help"), {}, {}};
    for (const QString &id : modules)
        recommendation.moduleTags << itemTag(id);
    for (const QString &id : services)
        recommendation.serviceTags << itemTag(id);
    return *encodeRecommendation(recommendation);
}

} // namespace

TEST_CASE("a code made in practitioner mode reaches the parent's Home through its QR image and through typing")
{
    AppFixture practitioner;
    REQUIRE(practitioner.settings().choosePractitionerAgency(QStringLiteral("health-visiting")));
    RecommendationBuilder &builder = practitioner.builder();
    REQUIRE(builder.pickTopic(QStringLiteral("rows-not-sorted")));
    // The topic suggests its guides; the practitioner adds a local service.
    const QStringList guides = builder.guides()->selectedKeys();
    CHECK(guides == QStringList{QStringLiteral("harmful-conflict"), QStringLiteral("arguing-better")});
    builder.services()->select({QStringLiteral("sefton-venus")});
    REQUIRE(builder.makeCode());
    // Groups of at most five characters, easy to read out and to type.
    for (const QString &group : builder.code().split(u'-'))
        CHECK((group.size() >= 1 && group.size() <= 5));

    // What the screen shows is a picture; read it back as a parent's camera would.
    QrImageProvider provider;
    QSize size;
    const QImage shown = provider.requestImage(builder.qrText(), &size, QSize(280, 280));
    CHECK(size.width() <= 280);
    const std::optional<QString> scanned = readQrText(shown);
    REQUIRE(scanned);

    SECTION("scanned")
    {
        AppFixture parent;
        REQUIRE(parent.redeem().redeem(*scanned));
        CHECK(parent.redeem().step() == RedeemController::Redeemed);
        CHECK(homeIds(parent.controller())
              == QStringList{QStringLiteral("harmful-conflict"), QStringLiteral("arguing-better"),
                             QStringLiteral("sefton-venus")});
    }
    SECTION("typed in small letters with spaces instead of dashes")
    {
        AppFixture parent;
        REQUIRE(parent.redeem().redeem(builder.code().toLower().replace(u'-', u' ')));
        CHECK(homeIds(parent.controller()).size() == 3);
        // Kept across a restart of the app.
        AppOptions options;
        options.dataDir = parent.dir.path();
        QString error;
        parent.app.reset();
        const auto again = AppComposition::create(options, &error);
        REQUIRE(again);
        CHECK(homeIds(again->controller()).size() == 3);
    }
}

TEST_CASE("each kind of bad code gets its own kind words, and nothing is kept")
{
    AppFixture parent;
    const QString good = codeFor(kSefton, {QStringLiteral("calming-down")});
    QString oneWrong = good;
    oneWrong[0] = oneWrong[0] == u'7' ? u'8' : u'7';
    QString swapped = good;
    std::swap(swapped[1], swapped[2]);
    const QList<std::pair<QString, QString>> cases = {
        {QString(), RedeemController::problemText(CodeProblem::Empty)},
        {QStringLiteral("https://example.org/not-ours"), RedeemController::problemText(CodeProblem::NotOurs)},
        {good.left(8), RedeemController::problemText(CodeProblem::WrongLength)},
        {QString(good).replace(0, 1, QStringLiteral("U")), RedeemController::problemText(CodeProblem::BadCharacter)},
        {withFormatVersion(QString(good).remove(u'-'), 2), RedeemController::problemText(CodeProblem::NewerVersion)},
        {withFormatVersion(QString(good).remove(u'-'), 0), RedeemController::problemText(CodeProblem::Damaged)},
    };
    for (const auto &[typed, words] : cases) {
        CAPTURE(typed);
        CHECK_FALSE(parent.redeem().redeem(typed));
        CHECK(parent.redeem().problem() == words);
        CHECK(parent.redeem().step() == RedeemController::Enter);
    }
    for (const QString &mistyped : {oneWrong, swapped}) {
        if (mistyped == good)
            continue;  // two equal characters swapped are the same code
        CHECK_FALSE(parent.redeem().redeem(mistyped));
        CHECK(parent.redeem().problem() == RedeemController::problemText(CodeProblem::Mistyped));
    }
    // A character missing or one too many: the code's own counts cannot tell which, so either
    // kind of words may come, never a code kept.
    const QStringList lengthOrTypo = {RedeemController::problemText(CodeProblem::WrongLength),
                                      RedeemController::problemText(CodeProblem::Mistyped)};
    for (const QString &typed : {good.chopped(1), good + QStringLiteral("7")}) {
        CHECK_FALSE(parent.redeem().redeem(typed));
        CHECK(lengthOrTypo.contains(parent.redeem().problem()));
    }
    // Every reason reads differently, and none is empty.
    QStringList all;
    for (const CodeProblem problem : {CodeProblem::Empty, CodeProblem::NotOurs, CodeProblem::BadCharacter,
                                      CodeProblem::WrongLength, CodeProblem::Mistyped, CodeProblem::NewerVersion,
                                      CodeProblem::Damaged})
        all << RedeemController::problemText(problem);
    all.removeDuplicates();
    CHECK(all.size() == 7);
    CHECK_FALSE(all.contains(QString()));

    // Some other square code the camera happens to see, such as a Wi-Fi code on a leaflet.
    const std::optional<QString> wifi = readQrText(qrImageFor(QStringLiteral("WIFI:S:Home;T:WPA;P:secret;;")));
    REQUIRE(wifi);
    CHECK_FALSE(parent.redeem().redeem(*wifi));
    CHECK(parent.redeem().problem() == RedeemController::problemText(CodeProblem::NotOurs));

    CHECK(parent.settings().recommendationCode().isEmpty());
    CHECK(homeIds(parent.controller()).isEmpty());
}

TEST_CASE("a code naming only guides the app no longer has, or an area it does not cover, changes nothing")
{
    AppFixture parent;
    CHECK_FALSE(parent.redeem().redeem(codeFor(kSefton, {QStringLiteral("a-guide-since-removed")})));
    CHECK(parent.redeem().problem().contains(QStringLiteral("no longer in the app")));
    // Hartlepool: a real ONS code with no pack in this app.
    CHECK_FALSE(parent.redeem().redeem(codeFor(QStringLiteral("E06000001"), {QStringLiteral("calming-down")})));
    CHECK(parent.redeem().problem().contains(QStringLiteral("does not cover")));
    CHECK(parent.settings().recommendationCode().isEmpty());

    // Part of a code still there: what is left is kept, and the rest is named.
    REQUIRE(parent.redeem().redeem(
        codeFor(kSefton, {QStringLiteral("calming-down"), QStringLiteral("a-guide-since-removed")})));
    CHECK(homeIds(parent.controller()) == QStringList{QStringLiteral("calming-down")});
    CHECK(parent.redeem().note().contains(QStringLiteral("no longer in the app")));
}

TEST_CASE("a code for another area asks first: no changes nothing, yes switches area and keeps the code together")
{
    AppFixture parent;
    const QString wirralCode = codeFor(kWirral, {QStringLiteral("for-dads")});
    CHECK_FALSE(parent.redeem().redeem(wirralCode));
    CHECK(parent.redeem().step() == RedeemController::AskToSwitchArea);
    CHECK(parent.redeem().codeAreaName() == QStringLiteral("Wirral"));
    CHECK(parent.redeem().currentAreaName() == QStringLiteral("Sefton"));

    parent.redeem().keepArea();
    CHECK(parent.redeem().step() == RedeemController::Enter);
    CHECK(parent.redeem().note().contains(QStringLiteral("Sefton")));
    CHECK(parent.settings().areaCode() == kSefton);
    CHECK(parent.settings().recommendationCode().isEmpty());

    CHECK_FALSE(parent.redeem().redeem(wirralCode));
    REQUIRE(parent.redeem().switchArea());
    CHECK(parent.settings().areaCode() == kWirral);
    CHECK(homeIds(parent.controller()) == QStringList{QStringLiteral("for-dads")});
    // Moving area again leaves Wirral's picks off Home.
    REQUIRE(parent.settings().chooseArea(kSefton));
    CHECK(homeIds(parent.controller()).isEmpty());
}

TEST_CASE("Home never shows the guide that leads to safety or a domestic-abuse service, and the picks can be removed")
{
    AppFixture parent;
    REQUIRE(parent.redeem().redeem(codeFor(kSefton, {QStringLiteral("conflict-or-abuse"), QStringLiteral("calming-down")},
                                           {QStringLiteral("national-domestic-abuse-helpline"), QStringLiteral("sefton-cvs")})));
    CHECK(homeIds(parent.controller()) == QStringList{QStringLiteral("calming-down"), QStringLiteral("sefton-cvs")});
    REQUIRE(parent.controller().recommendations()->remove());
    CHECK(homeIds(parent.controller()).isEmpty());
    CHECK(parent.settings().recommendationCode().isEmpty());
}

TEST_CASE("the builder offers what is safe to put on a parent's Home, within what a code holds")
{
    AppFixture practitioner;
    RecommendationBuilder &builder = practitioner.builder();
    // No agency yet: no code, and the reason.
    builder.guides()->select({QStringLiteral("calming-down")});
    CHECK_FALSE(builder.makeCode());
    CHECK(builder.problem() == builder.missing());
    REQUIRE(practitioner.settings().choosePractitionerAgency(QStringLiteral("school")));
    CHECK(builder.missing().isEmpty());

    const QStringList guides = keys(*builder.guides(), ChipListModel::KeyRole);
    const QStringList services = keys(*builder.services(), ChipListModel::KeyRole);
    CHECK_FALSE(guides.contains(QStringLiteral("conflict-or-abuse")));
    CHECK_FALSE(services.contains(QStringLiteral("national-domestic-abuse-helpline")));
    CHECK_FALSE(services.contains(QStringLiteral("emergency-999")));
    CHECK(services.contains(QStringLiteral("sefton-relate")));

    // Seven at most of each.
    builder.guides()->select(guides.mid(0, 7));
    REQUIRE(builder.guides()->setData(builder.guides()->index(int(guides.size()) - 1), true, ChipListModel::SelectedRole));
    CHECK(builder.guides()->selectedKeys().size() == 7);
    CHECK(builder.problem().contains(QStringLiteral("7")));

    REQUIRE(builder.makeCode());
    const CodeReadResult read = decodeRecommendation(builder.code());
    REQUIRE(read.recommendation);
    CHECK(read.recommendation->areaCode == kSefton);
    CHECK(read.recommendation->agency == QStringLiteral("school"));
    CHECK(read.recommendation->moduleTags.size() == 7);
    builder.startAgain();
    CHECK(builder.code().isEmpty());
    CHECK(builder.pickedCount() == 0);
}

TEST_CASE("signs of abuse take every guide and all help for both parents out of the code, even once picked")
{
    AppFixture practitioner;
    REQUIRE(practitioner.settings().choosePractitionerAgency(QStringLiteral("early-help")));
    RecommendationBuilder &builder = practitioner.builder();
    REQUIRE(builder.pickTopic(QStringLiteral("rows-not-sorted")));
    builder.services()->select({QStringLiteral("sefton-relate"), QStringLiteral("sefton-cvs")});
    REQUIRE(builder.makeCode());
    CHECK_FALSE(builder.guides()->selectedKeys().isEmpty());

    builder.setSignsOfAbuse(true);
    CHECK(builder.code().isEmpty());  // the code made before no longer stands
    CHECK(builder.guides()->rowCount() == 0);
    CHECK(builder.guides()->selectedKeys().isEmpty());
    CHECK(builder.services()->selectedKeys() == QStringList{QStringLiteral("sefton-cvs")});
    CHECK_FALSE(keys(*builder.topics(), ChipListModel::KeyRole).contains(QStringLiteral("splitting-up")));
    REQUIRE(builder.makeCode());
    const CodeReadResult read = decodeRecommendation(builder.code());
    REQUIRE(read.recommendation);
    CHECK(read.recommendation->moduleTags.isEmpty());
    CHECK(read.recommendation->serviceTags == QList<quint16>{itemTag(QStringLiteral("sefton-cvs"))});
}

TEST_CASE("a code made for one family is gone when the practitioner leaves the builder or changes agency")
{
    AppFixture practitioner;
    REQUIRE(practitioner.settings().choosePractitionerAgency(QStringLiteral("early-help")));
    MoreController &more = *practitioner.controller().more();
    practitioner.controller().navigation()->selectTab(NavigationController::MoreTab);
    more.showRecommend();
    REQUIRE(practitioner.builder().pickTopic(QStringLiteral("dads")));
    REQUIRE(practitioner.builder().makeCode());
    REQUIRE(practitioner.settings().choosePractitionerAgency(QStringLiteral("police")));
    CHECK(practitioner.builder().code().isEmpty());

    REQUIRE(practitioner.builder().makeCode());
    practitioner.controller().navigation()->selectTab(NavigationController::HomeTab);
    CHECK(practitioner.builder().pickedCount() == 0);
    CHECK(practitioner.builder().code().isEmpty());
    CHECK(more.screen() == MoreController::Settings);

    // And after a quick exit, nothing typed or picked is left either.
    more.showRecommend();
    REQUIRE(practitioner.builder().pickTopic(QStringLiteral("dads")));
    practitioner.controller().quickExit()->quickExit();
    CHECK(practitioner.builder().pickedCount() == 0);
}

TEST_CASE("a code holding only what Home never shows says so, and is not kept")
{
    AppFixture parent;
    CHECK_FALSE(parent.redeem().redeem(codeFor(kSefton, {QStringLiteral("conflict-or-abuse")},
                                               {QStringLiteral("national-domestic-abuse-helpline")})));
    CHECK(parent.redeem().problem().contains(QStringLiteral("Safety button")));
    CHECK(parent.settings().recommendationCode().isEmpty());
}

TEST_CASE("the kept code does not say which kind of agency gave it, which is told once for the statistics")
{
    AppFixture parent;
    QSignalSpy redeemed(&parent.redeem(), &RedeemController::redeemed);
    CHECK_FALSE(parent.redeem().redeem(QStringLiteral("not a code")));
    CHECK(redeemed.isEmpty());
    REQUIRE(parent.redeem().redeem(codeFor(kSefton, {QStringLiteral("calming-down")})));
    REQUIRE(redeemed.size() == 1);
    CHECK(redeemed.first().first().toString() == QStringLiteral("early-help"));
    const CodeReadResult kept = decodeRecommendation(parent.settings().recommendationCode());
    REQUIRE(kept.recommendation);
    CHECK(kept.recommendation->agency == QStringLiteral("other"));
}

TEST_CASE("once the safety route is reached, Home leaves out help for both parents from a code")
{
    AppFixture parent;
    REQUIRE(parent.redeem().redeem(codeFor(kSefton, {}, {QStringLiteral("sefton-relate"), QStringLiteral("sefton-cvs")})));
    CHECK(homeIds(parent.controller()).size() == 2);
    REQUIRE(parent.settings().markSafetyRouteSeen());
    CHECK(homeIds(parent.controller()) == QStringList{QStringLiteral("sefton-cvs")});
}

TEST_CASE("the conversation guide has its chapters and ends with the area's pathway")
{
    AppFixture practitioner;
    GuideController &guide = *practitioner.controller().more()->guide();
    const QStringList chapters = guide.chapterIds();
    REQUIRE(chapters.size() >= 3);
    CHECK(chapters.last() == GuideController::kPathwayChapter);
    REQUIRE(guide.openChapter(chapters.first()));
    CHECK(guide.screens()->rowCount() > 0);
    CHECK_FALSE(guide.nextChapterTitle().isEmpty());

    REQUIRE(guide.openChapter(GuideController::kPathwayChapter));
    const QStringList titles = keys(*guide.screens(), GuideScreenListModel::TitleRole);
    CHECK(titles.first() == QStringLiteral("Referrals in Sefton"));
    CHECK(titles.last() == QStringLiteral("When there are signs of abuse"));

    // An area with no pathway file yet says so, and who to ask.
    REQUIRE(practitioner.settings().chooseArea(kWirral));
    REQUIRE(guide.openChapter(GuideController::kPathwayChapter));
    REQUIRE(guide.screens()->rowCount() == 1);
    const QVariantList parts = guide.screens()->data(guide.screens()->index(0), GuideScreenListModel::PartsRole).toList();
    CHECK(parts.first().toMap().value(QStringLiteral("text")).toString().contains(QStringLiteral("Wirral's referral pathway")));
    CHECK_FALSE(guide.openChapter(QStringLiteral("no-such-chapter")));
}
