#include "content/topiclists.h"

#include "content/jsonfile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace cg {
namespace {

// Service topic labels came after the topic lists, so a folder without the whole block still
// loads and shows the keys.
enum class MissingLabels { Problem, ShowKeys };

// Every topic needs words for its button (Learn's topics, Get help's filter); a label for no
// topic is a slip.
QList<std::pair<QString, QString>> readLabels(const QJsonObject &object, const QString &file, const QString &labelsKey,
                                              const QStringList &topics, const QString &topicsKey,
                                              MissingLabels whenMissing, ValidationIssues &issues)
{
    QList<std::pair<QString, QString>> result;
    if (!object.contains(labelsKey) && whenMissing == MissingLabels::ShowKeys) {
        for (const QString &topic : topics)
            result.append({topic, topic});
        return result;
    }
    const QJsonObject labels = object.value(labelsKey).toObject();
    for (const QString &topic : topics) {
        const QString label = labels.value(topic).toString().trimmed();
        if (label.isEmpty())
            issues.append({file, labelsKey, QStringLiteral("'%1' needs a label, such as \"%1\": \"Money\"").arg(topic)});
        result.append({topic, label.isEmpty() ? topic : label});
    }
    for (auto label = labels.begin(); label != labels.end(); ++label) {
        if (!topics.contains(label.key()))
            issues.append({file, labelsKey, QStringLiteral("'%1' is not in %2").arg(label.key(), topicsKey)});
    }
    return result;
}

} // namespace

TopicLists readTopicLists(const QString &contentDir)
{
    const QString file = QStringLiteral("topics.json");
    TopicLists lists;
    const JsonFileResult json = readJsonFile(QDir(contentDir).filePath(file), file);
    if (json.issue) {
        lists.issues << *json.issue;
        return lists;
    }
    const QJsonObject object = json.document.object();
    for (const auto &[key, target] : {std::pair{QStringLiteral("module_topics"), &lists.moduleTopics},
                                      std::pair{QStringLiteral("service_topics"), &lists.serviceTopics}}) {
        const QJsonValue value = object.value(key);
        if (!value.isArray() || value.toArray().isEmpty()) {
            lists.issues.append({file, key, QStringLiteral("must be a list of topic names")});
            continue;
        }
        for (const QJsonValue &topic : value.toArray())
            *target << topic.toString();
    }
    lists.moduleTopicLabels = readLabels(object, file, QStringLiteral("module_topic_labels"), lists.moduleTopics,
                                         QStringLiteral("module_topics"), MissingLabels::Problem, lists.issues);
    lists.serviceTopicLabels = readLabels(object, file, QStringLiteral("service_topic_labels"), lists.serviceTopics,
                                          QStringLiteral("service_topics"), MissingLabels::ShowKeys,
                                          lists.issues);
    // Optional: a folder without it shows no services inside guides.
    const QString servicesKey = QStringLiteral("module_topic_services");
    const QJsonObject services = object.value(servicesKey).toObject();
    for (auto it = services.begin(); it != services.end(); ++it) {
        if (!lists.moduleTopics.contains(it.key()))
            lists.issues.append({file, servicesKey, QStringLiteral("'%1' is not in module_topics").arg(it.key())});
        else if (!lists.serviceTopics.contains(it.value().toString()))
            lists.issues.append({file, servicesKey, QStringLiteral("'%1' is not in service_topics").arg(it.value().toString())});
        else
            lists.serviceTopicForModuleTopic.insert(it.key(), it.value().toString());
    }
    return lists;
}

} // namespace cg
