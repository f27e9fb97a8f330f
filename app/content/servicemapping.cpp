#include "content/servicemapping.h"

#include "content/jsonfile.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace cg {
namespace {

QStringList wordsOf(const QJsonValue &value)
{
    QStringList words;
    for (const QJsonValue &word : value.toArray()) {
        if (word.isString() && !word.toString().trimmed().isEmpty())
            words << word.toString().trimmed().toLower();
    }
    return words;
}

// `word` as a whole word or phrase in `text` (both lower case); "pregnan*" matches any ending.
bool holds(const QString &text, const QString &word)
{
    const bool anyEnding = word.endsWith(QLatin1Char('*'));
    const QString stem = anyEnding ? word.chopped(1) : word;
    for (qsizetype at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) {
        const qsizetype end = at + stem.size();
        const bool startsWord = at == 0 || !text.at(at - 1).isLetterOrNumber();
        const bool endsWord = anyEnding || end == text.size() || !text.at(end).isLetterOrNumber();
        if (startsWord && endsWord)
            return true;
    }
    return false;
}

bool holdsAny(const QString &text, const QStringList &words)
{
    return std::any_of(words.cbegin(), words.cend(), [&text](const QString &word) { return holds(text, word); });
}

} // namespace

const QStringList &serviceTiers()
{
    static const QStringList tiers{QStringLiteral("self-help"), QStringLiteral("universal"), QStringLiteral("targeted"),
                                   QStringLiteral("specialist"), QStringLiteral("crisis")};
    return tiers;
}

ServiceMappingResult readServiceMapping(const QString &path, const QStringList &serviceTopics)
{
    ServiceMappingResult result;
    const QString file = QFileInfo(path).fileName();
    const JsonFileResult read = readJsonFile(path, file);
    if (read.issue) {
        result.issues << *read.issue;
        return result;
    }
    const QJsonObject root = read.document.object();
    for (const QJsonValue &entry : root.value(QStringLiteral("topics")).toArray()) {
        const ServiceMapping::Topic topic{entry.toObject().value(QStringLiteral("topic")).toString(),
                                          wordsOf(entry.toObject().value(QStringLiteral("words")))};
        if (!serviceTopics.contains(topic.topic) || topic.words.isEmpty())
            result.issues << ValidationIssue{file, QStringLiteral("topics"),
                                             QStringLiteral("\"%1\" needs to be a service topic with words").arg(topic.topic)};
        else
            result.mapping.topics << topic;
    }
    for (const QJsonValue &entry : root.value(QStringLiteral("tiers")).toArray()) {
        ServiceMapping::Tier tier{entry.toObject().value(QStringLiteral("tier")).toString(),
                                  wordsOf(entry.toObject().value(QStringLiteral("topics"))),
                                  wordsOf(entry.toObject().value(QStringLiteral("words")))};
        if (!serviceTiers().contains(tier.tier))
            result.issues << ValidationIssue{file, QStringLiteral("tiers"), QStringLiteral("\"%1\" is not a tier").arg(tier.tier)};
        else
            result.mapping.tiers << tier;
    }
    result.mapping.defaultTier = root.value(QStringLiteral("default_tier")).toString();
    if (!serviceTiers().contains(result.mapping.defaultTier))
        result.issues << ValidationIssue{file, QStringLiteral("default_tier"), QStringLiteral("must be one of the five tiers")};
    return result;
}

QStringList mappedTopics(const ServiceMapping &mapping, const QString &text)
{
    const QString lower = text.toLower();
    QStringList topics;
    for (const ServiceMapping::Topic &topic : mapping.topics) {
        if (holdsAny(lower, topic.words))
            topics << topic.topic;
    }
    return topics;
}

QString mappedTier(const ServiceMapping &mapping, const QStringList &topics, const QString &text)
{
    const QString lower = text.toLower();
    for (const ServiceMapping::Tier &tier : mapping.tiers) {
        const bool byTopic = std::any_of(tier.topics.cbegin(), tier.topics.cend(),
                                         [&topics](const QString &topic) { return topics.contains(topic); });
        if (byTopic || holdsAny(lower, tier.words))
            return tier.tier;
    }
    return mapping.defaultTier;
}

} // namespace cg
