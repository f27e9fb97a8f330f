#include "catchqtstrings.h"
#include "core/searchquery.h"

#include <catch2/catch.hpp>

using namespace cg;

TEST_CASE("small words are dropped unless they are still being typed")
{
    CHECK(searchTerms(QStringLiteral("My ex is shouting ")) == QStringList{QStringLiteral("ex"), QStringLiteral("shouting")});
    // "he" may be the start of "help", so the last word stays until a space follows it.
    CHECK(searchTerms(QStringLiteral("he")) == QStringList{QStringLiteral("he")});
    CHECK(searchTerms(QStringLiteral("he ")).isEmpty());
    CHECK(searchTerms(QStringLiteral("   ")).isEmpty());
}

TEST_CASE("words split where the index splits them, and stray letters are dropped")
{
    CHECK(searchTerms(QStringLiteral("Co-parent's rows ")) == QStringList{QStringLiteral("co"), QStringLiteral("parent"), QStringLiteral("rows")});
    CHECK(searchTerms(QStringLiteral("don't SHOUT")) == QStringList{QStringLiteral("don"), QStringLiteral("shout")});
    CHECK(wordsOf(QStringLiteral("Café, crèche!")) == QStringList{QStringLiteral("café"), QStringLiteral("crèche")});
}

TEST_CASE("close spellings forgive one slip in short words and two in long ones")
{
    const QStringList vocabulary{QStringLiteral("arguments"), QStringLiteral("extra"), QStringLiteral("honey"),
                                 QStringLiteral("many"), QStringLiteral("money"), QStringLiteral("shout"),
                                 QStringLiteral("shouting")};
    // A missed letter is the likeliest slip, so "money" wins over "many".
    CHECK(closeSpellings(QStringLiteral("mony"), vocabulary) == QStringList{QStringLiteral("money")});
    CHECK(closeSpellings(QStringLiteral("mnoey"), vocabulary) == QStringList{QStringLiteral("money")});  // swapped
    CHECK(closeSpellings(QStringLiteral("shoutnig"), vocabulary) == QStringList{QStringLiteral("shouting")});
    CHECK(closeSpellings(QStringLiteral("arguemnts"), vocabulary) == QStringList{QStringLiteral("arguments")});
    // Two slips in a five-letter word is a different word, not a typo.
    CHECK(closeSpellings(QStringLiteral("mxnez"), vocabulary).isEmpty());
    // Words under four letters are never corrected: "ex" is not a slip for "extra".
    CHECK(closeSpellings(QStringLiteral("ex"), vocabulary).isEmpty());
}

TEST_CASE("completions are the whole words a typed start may become, shortest first")
{
    const QStringList vocabulary{QStringLiteral("shoe"), QStringLiteral("shout"), QStringLiteral("shouted"),
                                 QStringLiteral("shouting"), QStringLiteral("show")};
    CHECK(completions(QStringLiteral("shouti"), vocabulary) == QStringList{QStringLiteral("shouting")});
    CHECK(completions(QStringLiteral("shou"), vocabulary)
          == QStringList{QStringLiteral("shout"), QStringLiteral("shouted"), QStringLiteral("shouting")});
    CHECK(completions(QStringLiteral("sh"), vocabulary, 2) == QStringList{QStringLiteral("shoe"), QStringLiteral("show")});
    CHECK(completions(QStringLiteral("x"), vocabulary).isEmpty());
}

TEST_CASE("a typed word gets its everyday alternatives, and corrections only when found nowhere")
{
    const SearchWords words{{QStringLiteral("kids"), {QStringLiteral("children")}},
                            {QStringLiteral("ex"), {QStringLiteral("co-parent")}}};
    const QStringList vocabulary{QStringLiteral("children"), QStringLiteral("extra"), QStringLiteral("money")};

    const TermAlternatives kid = alternativesFor(QStringLiteral("kid"), false, words, vocabulary, false);
    CHECK(kid.alternatives == QStringList{QStringLiteral("children")});  // "kid" finds the word kept as "kids"

    const TermAlternatives known = alternativesFor(QStringLiteral("mony"), false, words, vocabulary, true);
    CHECK(known.alternatives.isEmpty());  // found as typed: left alone

    const TermAlternatives slip = alternativesFor(QStringLiteral("mony"), false, words, vocabulary, false);
    CHECK(slip.alternatives == QStringList{QStringLiteral("money")});

    const TermAlternatives typing = alternativesFor(QStringLiteral("mon"), true, words, vocabulary, false);
    CHECK(typing.stillTyping);
    CHECK(typing.alternatives == QStringList{QStringLiteral("money")});

    // "ex" is a whole everyday word: it must not also match the start of "extra".
    const TermAlternatives ex = alternativesFor(QStringLiteral("ex"), true, words, vocabulary, true);
    CHECK_FALSE(ex.stillTyping);
    CHECK(ex.alternatives == QStringList{QStringLiteral("co-parent")});
}

TEST_CASE("the match expression quotes every word so typed text is never FTS5 syntax")
{
    const QList<TermAlternatives> terms{
        {QStringLiteral("kids"), false, {QStringLiteral("children")}},
        {QStringLiteral("up\"set"), true, {}},
    };
    CHECK(matchExpression(terms, true) == QStringLiteral("(\"kids\" OR \"children\") AND (\"up\"\"set\"*)"));
    CHECK(matchExpression(terms, false) == QStringLiteral("(\"kids\" OR \"children\") OR (\"up\"\"set\"*)"));
}
