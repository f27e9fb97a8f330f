#include "content/readability.h"

#include <QRegularExpression>

namespace cg {

int countSyllables(const QString &word)
{
    QString letters;
    for (const QChar c : word.toLower()) {
        if (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            letters += c;
    }
    if (letters.isEmpty())
        return 0;
    if (letters.size() <= 3)
        return 1;
    static const QRegularExpression vowelGroup(QStringLiteral("[aeiouy]+"));
    int groups = 0;
    for (auto it = vowelGroup.globalMatch(letters); it.hasNext(); it.next())
        ++groups;
    if (letters.endsWith(QLatin1Char('e')) && !letters.endsWith(QLatin1String("le")) && groups > 1)
        --groups;
    return std::max(1, groups);
}

double fleschKincaidGrade(const QStringList &units)
{
    static const QRegularExpression wordPattern(QStringLiteral("[A-Za-z][A-Za-z']*"));
    static const QRegularExpression sentenceEnd(QStringLiteral("[.!?]+(?=\\s|$)"));
    static const QRegularExpression closedUnit(QStringLiteral("[.!?][\"')\\]]*\\s*$"));
    qsizetype words = 0;
    qsizetype sentences = 0;
    qsizetype syllables = 0;
    for (const QString &unit : units) {
        qsizetype unitWords = 0;
        for (auto it = wordPattern.globalMatch(unit); it.hasNext();) {
            syllables += countSyllables(it.next().captured());
            ++unitWords;
        }
        if (unitWords == 0)
            continue;
        words += unitWords;
        qsizetype ends = 0;
        for (auto it = sentenceEnd.globalMatch(unit); it.hasNext(); it.next())
            ++ends;
        if (!closedUnit.match(unit).hasMatch())
            ++ends;
        sentences += std::max<qsizetype>(1, ends);
    }
    if (words == 0)
        return 0.0;
    return 0.39 * double(words) / double(sentences) + 11.8 * double(syllables) / double(words) - 15.59;
}

} // namespace cg
