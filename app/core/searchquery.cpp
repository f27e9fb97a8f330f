#include "core/searchquery.h"

#include <QRegularExpression>

#include <algorithm>

namespace cg {
namespace {

// Words so common that requiring them would hide good results ("my ex" must find guides about
// co-parents even where "my" is not next to it). Kept short on purpose: "not", "help" and
// "why" carry meaning for a worried parent.
const QSet<QString> &smallWords()
{
    static const QSet<QString> words{
        QStringLiteral("a"),    QStringLiteral("an"),   QStringLiteral("the"),  QStringLiteral("my"),
        QStringLiteral("me"),   QStringLiteral("i"),    QStringLiteral("im"),   QStringLiteral("we"),
        QStringLiteral("our"),  QStringLiteral("you"),  QStringLiteral("your"), QStringLiteral("is"),
        QStringLiteral("are"),  QStringLiteral("am"),   QStringLiteral("be"),   QStringLiteral("was"),
        QStringLiteral("and"),  QStringLiteral("or"),   QStringLiteral("to"),   QStringLiteral("of"),
        QStringLiteral("in"),   QStringLiteral("on"),   QStringLiteral("at"),   QStringLiteral("for"),
        QStringLiteral("with"), QStringLiteral("it"),   QStringLiteral("its"),  QStringLiteral("they"),
        QStringLiteral("he"),   QStringLiteral("she"),  QStringLiteral("his"),  QStringLiteral("her"),
        QStringLiteral("this"), QStringLiteral("that"), QStringLiteral("so"),   QStringLiteral("do"),
        QStringLiteral("how"),  QStringLiteral("what"), QStringLiteral("when"), QStringLiteral("all"),
        QStringLiteral("get"),  QStringLiteral("got"),  QStringLiteral("very"), QStringLiteral("about"),
    };
    return words;
}

// Optimal string alignment distance (Levenshtein plus swapped neighbours), giving up early once
// it is past `limit`: the vocabulary holds thousands of words and most are far away.
int editDistance(const QString &a, const QString &b, int limit)
{
    if (std::abs(a.size() - b.size()) > limit)
        return limit + 1;
    const qsizetype rows = a.size() + 1;
    const qsizetype columns = b.size() + 1;
    QList<int> previousRow(columns), row(columns), current(columns);
    for (qsizetype j = 0; j < columns; ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i < rows; ++i) {
        current[0] = int(i);
        int best = current[0];
        for (qsizetype j = 1; j < columns; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({row[j] + 1, current[j - 1] + 1, row[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                current[j] = std::min(current[j], previousRow[j - 2] + 1);
            best = std::min(best, current[j]);
        }
        if (best > limit)
            return limit + 1;
        previousRow.swap(row);
        row.swap(current);
    }
    return row[columns - 1];
}

QString quoted(QString text)
{
    return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

// "kids" and "kid" both find the everyday word kept as either.
QStringList everydayAlternatives(const QString &term, const SearchWords &words)
{
    for (const QString &key : {term, term + QLatin1Char('s'), term.endsWith(QLatin1Char('s')) ? term.chopped(1) : QString()}) {
        if (const auto found = words.constFind(key); !key.isEmpty() && found != words.cend())
            return *found;
    }
    return {};
}

} // namespace

QStringList wordsOf(const QString &text)
{
    static const QRegularExpression notPartOfWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return text.toLower().split(notPartOfWord, Qt::SkipEmptyParts);
}

QStringList searchTerms(const QString &typed)
{
    QStringList terms = wordsOf(typed);
    const bool stillTyping = !typed.isEmpty() && !typed.back().isSpace();
    for (qsizetype i = terms.size() - 1; i >= 0; --i) {
        // The word being typed stays: "he" may be the start of "help".
        const bool beingTyped = stillTyping && i == terms.size() - 1;
        // One letter left from "don't" or "children's" says nothing on its own.
        if (!beingTyped && (terms[i].size() < 2 || smallWords().contains(terms[i])))
            terms.removeAt(i);
    }
    return terms;
}

QStringList closeSpellings(const QString &word, const QStringList &vocabulary)
{
    if (word.size() < 4)
        return {};
    const int limit = word.size() >= 7 ? 2 : 1;
    // Ranked by distance, then by whether the slip was a missed letter.
    using Rank = std::pair<int, int>;
    Rank best{limit + 1, 1};
    QStringList closest;
    for (const QString &candidate : vocabulary) {
        if (candidate == word)
            continue;
        const int distance = editDistance(word, candidate, limit);
        if (distance > limit)
            continue;
        const Rank rank{distance, candidate.size() == word.size() + 1 ? 0 : 1};
        if (rank < best) {
            best = rank;
            closest.clear();
        }
        if (rank == best && closest.size() < 5)
            closest << candidate;
    }
    return closest;
}

QStringList completions(const QString &start, const QStringList &vocabulary, int limit)
{
    QStringList found;
    for (auto it = std::lower_bound(vocabulary.cbegin(), vocabulary.cend(), start);
         it != vocabulary.cend() && it->startsWith(start); ++it) {
        if (*it != start)
            found << *it;
    }
    std::stable_sort(found.begin(), found.end(), [](const QString &a, const QString &b) { return a.size() < b.size(); });
    return found.mid(0, limit);
}

TermAlternatives alternativesFor(const QString &term, bool stillTyping, const SearchWords &words,
                                 const QStringList &vocabulary, bool foundAsTyped)
{
    TermAlternatives result{term, stillTyping, everydayAlternatives(term, words)};
    // A whole everyday word ("ex") is not also the start of other words ("extra", "explain").
    if (stillTyping && !result.alternatives.isEmpty())
        result.stillTyping = false;
    if (result.stillTyping)
        result.alternatives += completions(term, vocabulary);
    if (!foundAsTyped && result.alternatives.isEmpty())
        result.alternatives += closeSpellings(term, vocabulary);
    return result;
}

QString alternativesExpression(const TermAlternatives &term)
{
    QStringList options{term.stillTyping ? quoted(term.term) + QLatin1Char('*') : quoted(term.term)};
    for (const QString &alternative : term.alternatives)
        options << quoted(alternative);
    return QLatin1Char('(') + options.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

QString matchExpression(const QList<TermAlternatives> &terms, bool requireAll)
{
    QStringList groups;
    for (const TermAlternatives &term : terms)
        groups << alternativesExpression(term);
    return groups.join(requireAll ? QStringLiteral(" AND ") : QStringLiteral(" OR "));
}

} // namespace cg
