#include "content/topiclists.h"

#include "content/jsonfile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace cg {

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
    // Every module topic needs words for its button on Learn; a label for no topic is a slip.
    const QString labelsKey = QStringLiteral("module_topic_labels");
    const QJsonObject labels = object.value(labelsKey).toObject();
    for (const QString &topic : std::as_const(lists.moduleTopics)) {
        const QString label = labels.value(topic).toString().trimmed();
        if (label.isEmpty())
            lists.issues.append({file, labelsKey, QStringLiteral("'%1' needs a label, such as \"%1\": \"Money\"").arg(topic)});
        lists.moduleTopicLabels.append({topic, label.isEmpty() ? topic : label});
    }
    for (auto label = labels.begin(); label != labels.end(); ++label) {
        if (!lists.moduleTopics.contains(label.key()))
            lists.issues.append({file, labelsKey, QStringLiteral("'%1' is not in module_topics").arg(label.key())});
    }
    return lists;
}

} // namespace cg
