#include "catchqtstrings.h"
#include "content/contentvalidator.h"
#include "content/moduleloader.h"
#include "content/readability.h"
#include "content/sectionparser.h"
#include "content/topiclists.h"
#include "contentfolder.h"
#include "modulefixtures.h"

#include <catch2/catch.hpp>

using namespace cg;

TEST_CASE("a well-formed module loads with its sections and blocks in order")
{
    ContentFolder folder = twoLinkedModulesFolder();
    const ModuleLoadResult result = loadModules(folder.path());
    CHECK(result.issues.isEmpty());
    REQUIRE(moduleIds(result.modules) == QStringList{QStringLiteral("first-module"), QStringLiteral("second-module")});
    const Module &module = result.modules.first();
    CHECK(module.title == QStringLiteral("Title of first-module"));
    CHECK(module.minutes == 8);
    REQUIRE(module.sections.size() == 4);
    CHECK(module.sections[0].title == QStringLiteral("Try it"));
    const QList<const ModuleBlock *> blocks = moduleBlocks(module);
    REQUIRE(blocks.size() == 3);
    CHECK(blocks[0]->type == BlockType::Reflection);
    CHECK(blocks[1]->choices.size() == 2);
    CHECK(blocks[1]->choices[1].best);
    CHECK(blocks[1]->choices[0].feedback == QStringLiteral("Strong feelings make it hard to listen."));
    CHECK(blocks[2]->text == QStringLiteral("Start with \"I feel\" this week."));
    CHECK(module.sections[1].parts.size() == 2);
    CHECK(module.sections[1].parts[1].items == QStringList{QStringLiteral("Take a breath"), QStringLiteral("Talk later")});
    CHECK(validateContent(folder.path(), testToday()).isEmpty());
}

TEST_CASE("broken JSON in module.json leaves only that module out")
{
    ContentFolder folder = twoLinkedModulesFolder();
    writeModule(folder, QStringLiteral("third-module"));
    folder.write(QStringLiteral("modules/third-module/module.json"), "{\n  \"id\": \"third-module\"\n  \"title\": \"x\"\n}");
    const ModuleLoadResult result = loadModules(folder.path());
    CHECK(moduleIds(result.modules).size() == 2);
    REQUIRE(result.issues.size() == 1);
    CHECK(result.issues.first().file == QStringLiteral("modules/third-module/module.json"));
    CHECK(result.issues.first().where == QStringLiteral("line 2"));
}

TEST_CASE("a missing section file is named")
{
    ContentFolder folder = twoLinkedModulesFolder();
    writeModule(folder, QStringLiteral("third-module"));
    QFile::remove(folder.path() + QStringLiteral("/modules/third-module/03-c.md"));
    const ModuleLoadResult result = loadModules(folder.path());
    CHECK_FALSE(moduleIds(result.modules).contains(QStringLiteral("third-module")));
    CHECK(issuePlaces(result.issues) == QStringList{QStringLiteral("modules/third-module/03-c.md | ")});
    CHECK(result.issues.first().message.contains(QStringLiteral("file not found")));
}

TEST_CASE("an unknown block type is refused with its line")
{
    const SectionParseResult result =
        parseSection(QStringLiteral("# Title\n\nText.\n\n::: poll\nid: x\n:::\n"), QStringLiteral("s.md"));
    CHECK_FALSE(result.section);
    REQUIRE(result.issues.size() == 1);
    CHECK(result.issues.first().where == QStringLiteral("line 5"));
    CHECK(result.issues.first().message.startsWith(QStringLiteral("unknown block type 'poll'")));
}

TEST_CASE("a repeated block id in one module is refused")
{
    ContentFolder folder = twoLinkedModulesFolder();
    writeModule(folder, QStringLiteral("third-module"));
    folder.write(QStringLiteral("modules/third-module/02-b.md"), blocksSection());
    const ModuleLoadResult result = loadModules(folder.path());
    CHECK_FALSE(moduleIds(result.modules).contains(QStringLiteral("third-module")));
    REQUIRE_FALSE(result.issues.isEmpty());
    CHECK(result.issues.first().file == QStringLiteral("modules/third-module/02-b.md"));
    CHECK(result.issues.first().message.contains(QStringLiteral("'what-starts-it' is used by another block")));
}

TEST_CASE("a link to a module that does not exist leaves out the module with the link")
{
    ContentFolder folder = twoLinkedModulesFolder();
    writeModule(folder, QStringLiteral("third-module"), QStringLiteral("no-such-module"));
    const ModuleLoadResult result = loadModules(folder.path());
    CHECK(moduleIds(result.modules) == QStringList{QStringLiteral("first-module"), QStringLiteral("second-module")});
    REQUIRE(result.issues.size() == 1);
    CHECK(result.issues.first().toString()
          == QStringLiteral("modules/third-module/module.json: related_modules: 'no-such-module' is not a module that could be loaded"));
}

TEST_CASE("an id that differs from its folder and unknown audiences and topics are refused")
{
    ContentFolder folder = twoLinkedModulesFolder();
    writeModule(folder, QStringLiteral("third-module"));
    folder.write(QStringLiteral("modules/third-module/module.json"),
                 moduleJson(QStringLiteral("other-name")).replace("\"everyone\"", "\"grandparents\"").replace("\"arguments\"", "\"cooking\""));
    const QStringList places = issuePlaces(loadModules(folder.path()).issues);
    CHECK(places.contains(QStringLiteral("modules/third-module/module.json | id")));
    CHECK(places.contains(QStringLiteral("modules/third-module/module.json | for")));
    CHECK(places.contains(QStringLiteral("modules/third-module/module.json | topics")));
}

TEST_CASE("search words are optional, and when given are a list of words")
{
    ContentFolder folder = twoLinkedModulesFolder();
    writeModule(folder, QStringLiteral("third-module"));
    folder.write(QStringLiteral("modules/third-module/module.json"),
                 moduleJson(QStringLiteral("third-module"), {}, QStringLiteral(", \"search_words\": [\"upset\", \"crying\"]")));
    writeModule(folder, QStringLiteral("fourth-module"));
    folder.write(QStringLiteral("modules/fourth-module/module.json"),
                 moduleJson(QStringLiteral("fourth-module"), {}, QStringLiteral(", \"search_words\": \"upset\"")));
    const ModuleLoadResult result = loadModules(folder.path());
    CHECK(issuePlaces(result.issues) == QStringList{QStringLiteral("modules/fourth-module/module.json | search_words")});
    const auto third = std::find_if(result.modules.cbegin(), result.modules.cend(),
                                    [](const Module &module) { return module.id == QStringLiteral("third-module"); });
    REQUIRE(third != result.modules.cend());
    CHECK(third->searchWords == QStringList{QStringLiteral("upset"), QStringLiteral("crying")});
    // A module without the field has no search words and no issue.
    CHECK(result.modules.first().searchWords.isEmpty());
}

TEST_CASE("every module topic needs a label for Learn, and a label needs a topic")
{
    ContentFolder folder;
    folder.write(QStringLiteral("topics.json"), R"({"module_topics": ["arguments", "children"],
 "service_topics": ["parenting"], "module_topic_labels": {"arguments": "Arguments", "cooking": "Cooking"}})");
    const TopicLists topics = readTopicLists(folder.path());
    CHECK(issuePlaces(topics.issues)
          == QStringList{QStringLiteral("topics.json | module_topic_labels"), QStringLiteral("topics.json | module_topic_labels")});
    // The topic without a label still works, shown by its name.
    CHECK(topics.moduleTopicLabels
          == QList<std::pair<QString, QString>>{{QStringLiteral("arguments"), QStringLiteral("Arguments")},
                                                {QStringLiteral("children"), QStringLiteral("children")}});
}

TEST_CASE("malformed blocks say what they need")
{
    const SectionParseResult quiz = parseSection(
        QStringLiteral("# T\n\n::: quiz\nid: q\nquestion: Which?\nchoice: A\nchoice: B\nfeedback: Fine.\n:::\n"),
        QStringLiteral("s.md"));
    CHECK_FALSE(quiz.section);
    QStringList messages;
    for (const ValidationIssue &issue : quiz.issues)
        messages << issue.message;
    CHECK(messages.contains(QStringLiteral("this quiz block needs exactly one best choice, marked choice*:")));
    CHECK(messages.contains(QStringLiteral("this quiz block needs feedback: after every choice")));

    const SectionParseResult unclosed =
        parseSection(QStringLiteral("# T\n\n::: reflection\nid: r\nprompt: Why?\n"), QStringLiteral("s.md"));
    REQUIRE(unclosed.issues.size() == 1);
    CHECK(unclosed.issues.first().toString() == QStringLiteral("s.md: line 3: this block is never closed with :::"));

    const SectionParseResult noTitle = parseSection(QStringLiteral("Just text.\n"), QStringLiteral("s.md"));
    REQUIRE(noTitle.issues.size() == 1);
    CHECK(noTitle.issues.first().message == QStringLiteral("a section starts with its title, as # Title"));
}

TEST_CASE("the safety module may not hold a couple exercise, and every module needs its blocks")
{
    ContentFolder folder = twoLinkedModulesFolder();
    writeModule(folder, QStringLiteral("third-module"));
    folder.write(QStringLiteral("modules/third-module/module.json"),
                 moduleJson(QStringLiteral("third-module"), {}, QStringLiteral(", \"leads_to_safety\": true")));
    folder.write(QStringLiteral("modules/third-module/02-b.md"),
                 "# Together\n\n::: together\nid: check-in\ntitle: A check-in\ntext: Talk once a week.\n:::\n");
    folder.write(QStringLiteral("modules/third-module/01-a.md"), plainSection());
    const ValidationIssues issues = validateContent(folder.path(), testToday());
    QStringList messages;
    for (const ValidationIssue &issue : issues)
        messages << issue.toString();
    CHECK(messages.contains(QStringLiteral(
        "modules/third-module/module.json: leads to the safety route, so it must not hold a together exercise")));
    CHECK(messages.contains(QStringLiteral("modules/third-module/module.json: needs at least one quiz block")));
    // The app still loads it: these are editorial rules, not broken files.
    CHECK(moduleIds(loadModules(folder.path()).modules).contains(QStringLiteral("third-module")));
}

TEST_CASE("syllables are counted by vowel groups with a silent final e")
{
    CHECK(countSyllables(QStringLiteral("cat")) == 1);
    CHECK(countSyllables(QStringLiteral("make")) == 1);
    CHECK(countSyllables(QStringLiteral("table")) == 2);
    CHECK(countSyllables(QStringLiteral("children")) == 2);
    CHECK(countSyllables(QStringLiteral("disagreement")) == 4);
    CHECK(countSyllables(QStringLiteral("happy")) == 2);
    CHECK(countSyllables(QStringLiteral("2024")) == 0);
}

TEST_CASE("reading grade follows the Flesch-Kincaid formula")
{
    // 6 words, 2 sentences, 6 syllables by the rules above ("argue" loses its final e).
    CHECK(fleschKincaidGrade({QStringLiteral("We all argue. It is fine.")}) == Approx(0.39 * 3 + 11.8 * 1 - 15.59));
    // A list item has no full stop but is still one sentence.
    CHECK(fleschKincaidGrade({QStringLiteral("Take a breath")}) == Approx(0.39 * 3 + 11.8 * 1 - 15.59));
    const double hard = fleschKincaidGrade({QStringLiteral(
        "Interparental disagreements characterised by considerable intensity consistently necessitate "
        "comprehensive professional intervention.")});
    CHECK(hard > 8.0);
}

TEST_CASE("a section that reads above grade 8 is reported by name")
{
    ContentFolder folder = twoLinkedModulesFolder();
    folder.write(QStringLiteral("modules/first-module/02-b.md"),
                 "# Hard\n\nInterparental disagreements characterised by considerable intensity consistently "
                 "necessitate comprehensive professional intervention.\n");
    const ValidationIssues issues = validateContent(folder.path(), testToday());
    QStringList places = issuePlaces(issues);
    CHECK(places.contains(QStringLiteral("modules/first-module/02-b.md | ")));
}

TEST_CASE("the shipped content holds the fourteen modules, all loading")
{
    const ModuleLoadResult result = loadModules(QStringLiteral(CG_CONTENT_DIR));
    CHECK(result.issues.isEmpty());
    CHECK(moduleIds(result.modules)
          == QStringList{QStringLiteral("arguing-better"), QStringLiteral("becoming-parents"),
                         QStringLiteral("blended-and-kinship-families"), QStringLiteral("calming-down"),
                         QStringLiteral("conflict-or-abuse"), QStringLiteral("for-dads"),
                         QStringLiteral("getting-help"), QStringLiteral("harmful-conflict"),
                         QStringLiteral("looking-after-yourself"), QStringLiteral("money-worries"),
                         QStringLiteral("school-and-growing-up"), QStringLiteral("separating-well"),
                         QStringLiteral("talking-with-your-co-parent"), QStringLiteral("what-children-see-and-hear")});
    for (const Module &module : result.modules) {
        INFO(module.id.toStdString());
        CHECK(module.sections.size() >= 4);
        CHECK(module.sections.size() <= 8);
        // Abuse is never treated as conflict: the safety module offers no couple exercise.
        if (module.leadsToSafety) {
            for (const ModuleBlock *block : moduleBlocks(module))
                CHECK(block->type != BlockType::Together);
        }
    }
    const auto safety = std::find_if(result.modules.cbegin(), result.modules.cend(),
                                     [](const Module &module) { return module.leadsToSafety; });
    REQUIRE(safety != result.modules.cend());
    CHECK(safety->id == QStringLiteral("conflict-or-abuse"));
}
