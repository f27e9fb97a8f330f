#include "catchqtstrings.h"
#include "content/searchwordsfile.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace cg;

namespace {

struct WordsFolder {
    QTemporaryDir dir;

    void write(const QByteArray &json)
    {
        QFile file(dir.filePath(QStringLiteral("search-words.json")));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(json);
    }
};

QStringList places(const ValidationIssues &issues)
{
    QStringList result;
    for (const ValidationIssue &issue : issues)
        result << issue.toString();
    return result;
}

} // namespace

TEST_CASE("search words map an everyday word to the words guides use")
{
    WordsFolder folder;
    folder.write(R"({"kids": ["children", "child"], "ex": ["co-parent"]})");
    const SearchWordsResult result = readSearchWords(folder.dir.path());
    CHECK(result.issues.isEmpty());
    CHECK(result.words.value(QStringLiteral("kids")) == QStringList{QStringLiteral("children"), QStringLiteral("child")});
    CHECK(result.words.value(QStringLiteral("ex")) == QStringList{QStringLiteral("co-parent")});
}

TEST_CASE("no search words file means no extra words and no problem")
{
    QTemporaryDir empty;
    const SearchWordsResult result = readSearchWords(empty.path());
    CHECK(result.words.isEmpty());
    CHECK(result.issues.isEmpty());
}

TEST_CASE("a bad entry is left out with an issue naming it, and the good ones stay")
{
    WordsFolder folder;
    folder.write(R"({"Kids": ["children"], "my ex": ["co-parent"], "baby": "new baby", "rows": [], )"
                 R"("nan": ["grandparent", 3], "money": ["debt"]})");
    const SearchWordsResult result = readSearchWords(folder.dir.path());
    CHECK(result.words.keys() == QStringList{QStringLiteral("money")});
    const QStringList problems = places(result.issues);
    CHECK(problems.size() == 5);
    CHECK(problems.contains(QStringLiteral("search-words.json: Kids: must be one lower-case word with no spaces or hyphens")));
    CHECK(problems.contains(QStringLiteral("search-words.json: baby: must be a list of words, such as [\"children\"]")));
}

TEST_CASE("broken JSON is reported with its line and gives no words")
{
    WordsFolder folder;
    folder.write("{\n\"kids\": [\"children\"\n}");
    const SearchWordsResult result = readSearchWords(folder.dir.path());
    CHECK(result.words.isEmpty());
    REQUIRE(result.issues.size() == 1);
    CHECK(result.issues.first().file == QStringLiteral("search-words.json"));
}

TEST_CASE("the shipped search words all load")
{
    const SearchWordsResult result = readSearchWords(QStringLiteral(CG_CONTENT_DIR));
    CHECK(result.issues.isEmpty());
    CHECK(result.words.contains(QStringLiteral("ex")));
}

TEST_CASE("an area's local words add to the national ones and name the area's file when wrong")
{
    QTemporaryDir content;
    QDir(content.path()).mkpath(QStringLiteral("areas/sefton"));
    QFile file(content.filePath(QStringLiteral("areas/sefton/search-words.json")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"mam": ["mum"], "kids": ["children", "bairns"], "Bad": ["x"]})");
    file.close();
    const SearchWordsResult local = readAreaSearchWords(content.path(), QStringLiteral("sefton"));
    REQUIRE(local.issues.size() == 1);
    CHECK(local.issues.first().file == QStringLiteral("areas/sefton/search-words.json"));

    const SearchWords merged = withLocalWords({{QStringLiteral("kids"), {QStringLiteral("children")}}}, local.words);
    CHECK(merged.value(QStringLiteral("kids")) == QStringList{QStringLiteral("children"), QStringLiteral("bairns")});
    CHECK(merged.value(QStringLiteral("mam")) == QStringList{QStringLiteral("mum")});
    // An area without the file has no local words and no problem.
    CHECK(readAreaSearchWords(content.path(), QStringLiteral("wirral")).issues.isEmpty());
}
