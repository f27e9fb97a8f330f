#include "catchqtstrings.h"
#include "content/moduleloader.h"
#include "content/searchentries.h"
#include "content/searchwordsfile.h"
#include "storage/sqlitesearchindex.h"

#include <catch2/catch.hpp>

#include <memory>

using namespace cg;

namespace {

// The shipped guides and everyday words, as the app searches them.
std::unique_ptr<SqliteSearchIndex> shippedIndex()
{
    const ModuleLoadResult modules = loadModules(QStringLiteral(CG_CONTENT_DIR));
    REQUIRE(modules.issues.isEmpty());
    const SearchWordsResult words = readSearchWords(QStringLiteral(CG_CONTENT_DIR));
    REQUIRE(words.issues.isEmpty());
    QList<SearchEntry> entries;
    for (const Module &module : modules.modules)
        entries << moduleSearchEntry(module);
    auto index = std::make_unique<SqliteSearchIndex>();
    REQUIRE(index->build(entries, words.words));
    return index;
}

QStringList topIds(SqliteSearchIndex &index, const QString &typed, int count)
{
    QStringList ids;
    for (const SearchHit &hit : index.search(typed, count))
        ids << hit.id;
    return ids;
}

} // namespace

// Everyday words a worried parent might type. The first result must be one of the guides a
// person would pick for those words, and the guide that fits best must be near the top.
TEST_CASE("everyday words find the guides a parent would want")
{
    const auto index = shippedIndex();
    const struct {
        const char *typed;
        QStringList goodFirst;
        const char *best;
        int within;
    } cases[] = {
        {"shouting", {"harmful-conflict", "arguing-better", "calming-down", "what-children-see-and-hear"}, "arguing-better", 4},
        {"ex", {"talking-with-your-co-parent", "separating-well"}, "talking-with-your-co-parent", 2},
        {"money", {"money-worries"}, "money-worries", 1},
        {"baby", {"becoming-parents"}, "becoming-parents", 1},
        {"kids upset", {"what-children-see-and-hear", "harmful-conflict"}, "what-children-see-and-hear", 3},
        {"scared of my partner", {"conflict-or-abuse", "getting-help"}, "conflict-or-abuse", 2},
        {"dad", {"for-dads"}, "for-dads", 1},
        {"step kids", {"blended-and-kinship-families"}, "blended-and-kinship-families", 1},
        {"calm down", {"calming-down"}, "calming-down", 1},
        {"mony", {"money-worries"}, "money-worries", 1},
        {"shoutnig", {"harmful-conflict", "arguing-better", "calming-down", "what-children-see-and-hear"}, "arguing-better", 4},
    };
    for (const auto &testCase : cases) {
        const QStringList top = topIds(*index, QString::fromUtf8(testCase.typed), testCase.within);
        INFO(testCase.typed << " gave " << top.join(QStringLiteral(", ")).toStdString());
        REQUIRE_FALSE(top.isEmpty());
        CHECK(testCase.goodFirst.contains(top.first()));
        CHECK(top.contains(QString::fromUtf8(testCase.best)));
    }
}

TEST_CASE("every keystroke of a word gives results on the way")
{
    const auto index = shippedIndex();
    const QString word = QStringLiteral("shouting");
    for (qsizetype length = 2; length <= word.size(); ++length) {
        INFO(word.left(length).toStdString());
        CHECK_FALSE(index->search(word.left(length)).isEmpty());
    }
}
