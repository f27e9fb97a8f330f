#include "catchqtstrings.h"
#include "content/practitionerguidefile.h"
#include "contentfolder.h"

#include <catch2/catch.hpp>

#include <QDir>

using namespace cg;

namespace {

const QStringList kModules = {QStringLiteral("arguing-better"), QStringLiteral("calming-down")};
const QStringList kServiceTopics = {QStringLiteral("parental-conflict"), QStringLiteral("mediation")};

QByteArray guideJson(const QByteArray &topicModules = "[\"arguing-better\"]", const QByteArray &screen = "01-one.md")
{
    return "{\"title\": \"Talking about relationships\", \"last_reviewed\": \"2026-11-01\",\n"
           " \"chapters\": [{\"id\": \"asking\", \"title\": \"Asking\", \"screens\": [{\"file\": \"" + screen
        + "\", \"sources\": [\"A report, section 2\"], \"highlight\": true}]}],\n"
          " \"topic_map\": [{\"id\": \"rows\", \"label\": \"Rows\", \"modules\": " + topicModules
        + ", \"service_topics\": [\"parental-conflict\"], \"couple_help\": false}]}";
}

QByteArray pathwayJson(const QByteArray &step)
{
    return "{\"last_reviewed\": \"2026-11-01\", \"confirmed_by_area\": false, \"ask_about_pathway\": \"your manager\",\n"
           " \"steps\": [" + step + "],\n"
           " \"abuse\": {\"services\": [], \"what_we_know\": \"Nothing yet.\", \"source\": \"A report\"}}";
}

const QByteArray kGoodStep = "{\"service\": \"hub\", \"route\": \"talk-first\", \"couple_help\": false, "
                             "\"who_can_refer\": [\"school\"], \"what_we_know\": \"A place for families.\", "
                             "\"source\": \"A report\"}";

} // namespace

TEST_CASE("a practitioner guide reads its chapters, screens, sources and topic map")
{
    ContentFolder folder;
    folder.write(QStringLiteral("practitioner/guide.json"), guideJson());
    folder.write(QStringLiteral("practitioner/01-one.md"), "# Why ask\n\nAsk every parent.\n\n- Mums\n- Dads\n");
    const PractitionerGuideResult read = loadPractitionerGuide(folder.path(), kModules, kServiceTopics);
    REQUIRE(read.issues.isEmpty());
    REQUIRE(read.guide);
    REQUIRE(read.guide->chapters.size() == 1);
    const GuideScreen &screen = read.guide->chapters.first().screens.first();
    CHECK(screen.section.title == QStringLiteral("Why ask"));
    CHECK(screen.section.parts.size() == 2);
    CHECK(screen.highlight);
    CHECK(screen.sources == QStringList{QStringLiteral("A report, section 2")});
    CHECK(read.guide->topicMap.first().modules == QStringList{QStringLiteral("arguing-better")});
    CHECK(reviewPractitionerGuide(*read.guide, testToday()).isEmpty());
}

TEST_CASE("a guide naming a missing guide or screen, or a screen with a block, is refused with the place named")
{
    ContentFolder folder;
    folder.write(QStringLiteral("practitioner/guide.json"), guideJson("[\"no-such-guide\"]", "02-missing.md"));
    PractitionerGuideResult read = loadPractitionerGuide(folder.path(), kModules, kServiceTopics);
    CHECK_FALSE(read.guide);
    CHECK(issuePlaces(read.issues)
          == QStringList{QStringLiteral("practitioner/guide.json | chapters[0].screens[0].file"),
                         QStringLiteral("practitioner/guide.json | topic_map[0].modules")});

    folder.write(QStringLiteral("practitioner/guide.json"), guideJson());
    folder.write(QStringLiteral("practitioner/01-one.md"),
                 "# Why ask\n\nAsk.\n\n::: reflection\nid: why\nprompt: Why?\n:::\n");
    read = loadPractitionerGuide(folder.path(), kModules, kServiceTopics);
    CHECK_FALSE(read.guide);
    CHECK(read.issues.first().message.contains(QStringLiteral("paragraphs and lists only")));
}

TEST_CASE("a hard-to-read guide screen and an old review date are named")
{
    ContentFolder folder;
    folder.write(QStringLiteral("practitioner/guide.json"), guideJson());
    folder.write(QStringLiteral("practitioner/01-one.md"),
                 "# Why\n\nInterdisciplinary safeguarding considerations necessitate comprehensive multiagency "
                 "documentation, notwithstanding organisational confidentiality responsibilities and "
                 "professional accountability requirements throughout intervention processes.\n");
    const PractitionerGuideResult read = loadPractitionerGuide(folder.path(), kModules, kServiceTopics);
    REQUIRE(read.guide);
    const ValidationIssues review = reviewPractitionerGuide(*read.guide, testToday().addYears(2));
    CHECK(issuePlaces(review) == QStringList{QStringLiteral("practitioner/guide.json | last_reviewed"),
                                             QStringLiteral("practitioner/01-one.md | ")});
}

TEST_CASE("an area's pathway names known services and agencies, holds no contact details, and says what is missing")
{
    ContentFolder folder;
    const QStringList services = {QStringLiteral("hub")};
    CHECK_FALSE(readAreaPathway(folder.path(), QStringLiteral("sefton"), services).pathway);  // none yet: fine
    CHECK(readAreaPathway(folder.path(), QStringLiteral("sefton"), services).issues.isEmpty());

    folder.write(QStringLiteral("areas/sefton/pathway.json"), pathwayJson(kGoodStep));
    const AreaPathwayResult good = readAreaPathway(folder.path(), QStringLiteral("sefton"), services);
    REQUIRE(good.pathway);
    CHECK(good.pathway->steps.first().route == PathwayRoute::TalkFirst);
    const ValidationIssues todo = reviewAreaPathway(*good.pathway, QStringLiteral("areas/sefton/pathway.json"), testToday());
    CHECK(issuePlaces(todo) == QStringList{QStringLiteral("areas/sefton/pathway.json | confirmed_by_area"),
                                           QStringLiteral("areas/sefton/pathway.json | abuse.services")});
    CHECK(std::all_of(todo.cbegin(), todo.cend(), [](const ValidationIssue &issue) { return issue.isWarning(); }));

    folder.write(QStringLiteral("areas/sefton/pathway.json"),
                 pathwayJson("{\"service\": \"gone\", \"route\": \"maybe\", \"who_can_refer\": [\"wizard\"], "
                             "\"what_we_know\": \"Call 0151 934 4000.\", \"source\": \"A report\"}"));
    const AreaPathwayResult bad = readAreaPathway(folder.path(), QStringLiteral("sefton"), services);
    CHECK_FALSE(bad.pathway);
    CHECK(issuePlaces(bad.issues)
          == QStringList{QStringLiteral("areas/sefton/pathway.json | steps[0].service"),
                         QStringLiteral("areas/sefton/pathway.json | steps[0].route"),
                         QStringLiteral("areas/sefton/pathway.json | steps[0].who_can_refer"),
                         QStringLiteral("areas/sefton/pathway.json | ")});
}

TEST_CASE("a service listed twice in a pathway is named")
{
    ContentFolder folder;
    folder.write(QStringLiteral("areas/sefton/pathway.json"), pathwayJson(kGoodStep + ", " + kGoodStep));
    const AreaPathwayResult read = readAreaPathway(folder.path(), QStringLiteral("sefton"), {QStringLiteral("hub")});
    CHECK_FALSE(read.pathway);
    CHECK(issuePlaces(read.issues) == QStringList{QStringLiteral("areas/sefton/pathway.json | steps[1].service")});
}

TEST_CASE("the shipped guide loads, its rule against asking about abuse in front of others stands out, and no topic puts the abuse guide in a code")
{
    const QString content = QStringLiteral(CG_CONTENT_DIR);
    QStringList modules;
    for (const QString &folder : QDir(content + QStringLiteral("/modules")).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        modules << folder;
    const PractitionerGuideResult guide = loadPractitionerGuide(
        content, modules,
        {QStringLiteral("parental-conflict"), QStringLiteral("relationship-support"), QStringLiteral("parenting"),
         QStringLiteral("separation"), QStringLiteral("mediation"), QStringLiteral("domestic-abuse"),
         QStringLiteral("mental-health"), QStringLiteral("perinatal"), QStringLiteral("money-and-debt"),
         QStringLiteral("housing"), QStringLiteral("alcohol-and-drugs"), QStringLiteral("children-and-young-people"),
         QStringLiteral("fathers"), QStringLiteral("family-support"), QStringLiteral("crisis")});
    CHECK(guide.issues.isEmpty());
    REQUIRE(guide.guide);
    // The rule against asking about abuse in front of a partner is there, and is the one that stands out.
    QStringList highlighted;
    for (const GuideChapter &chapter : guide.guide->chapters) {
        for (const GuideScreen &screen : chapter.screens) {
            if (screen.highlight)
                highlighted << screen.section.title;
        }
    }
    CHECK(highlighted == QStringList{QStringLiteral("Never explore abuse with both parents present")});
    for (const TopicSuggestion &topic : guide.guide->topicMap)
        CHECK_FALSE(topic.modules.contains(QStringLiteral("conflict-or-abuse")));
}
