#pragma once

#include "core/searchwords.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace cg {

// Turning what a parent typed into an SQLite FTS5 query. Pure functions, so the forgiving parts
// (small words dropped, everyday words widened, typos corrected) are tested without a database.

// The words of `text`, lower-cased, split wherever a character is not a letter or digit: the
// same words SQLite's unicode61 tokenizer sees, so typed words and indexed words line up.
QStringList wordsOf(const QString &text);

// The words of `typed`, lower-cased, without small words such as "my" or "the" that would only
// narrow the search (the word still being typed is kept: "he" may become "help"). Hyphens split
// words ("co-parent" is "co" and "parent"), as FTS5 does.
QStringList searchTerms(const QString &typed);

// Words in `vocabulary` (sorted, no repeats) one edit away from `word` (two for words of seven
// letters or more): a letter missed, added, changed, or two letters swapped. Only the likeliest
// are returned: a missed letter is the commonest slip, so "mony" gives "money", not "many".
// Words under four letters are left alone, because one edit turns "ex" into too many others.
QStringList closeSpellings(const QString &word, const QStringList &vocabulary);

// Words in `vocabulary` (sorted) that start with `start`, shortest first, at most `limit`: the
// index holds word stems, so "shouti" only finds "shouting" when the whole word is asked for.
QStringList completions(const QString &start, const QStringList &vocabulary, int limit = 10);

// What one typed word may match: the word itself, its everyday alternatives, the words it may be
// the start of, and close spellings when the word as typed is found nowhere. `stillTyping` is
// true for the last word while the parent has not yet typed a space.
struct TermAlternatives {
    QString term;
    bool stillTyping = false;  // also match the start of longer words
    QStringList alternatives;  // whole words or phrases ("co parent")
};

TermAlternatives alternativesFor(const QString &term, bool stillTyping, const SearchWords &words,
                                 const QStringList &vocabulary, bool foundAsTyped);

// One word's alternatives as an FTS5 expression, joined by OR, every term quoted.
QString alternativesExpression(const TermAlternatives &term);

// The FTS5 MATCH expression: alternatives of one word joined by OR, the words joined by AND
// (`requireAll`) or OR. Every term is quoted, so nothing typed is read as FTS5 syntax.
QString matchExpression(const QList<TermAlternatives> &terms, bool requireAll);

} // namespace cg
