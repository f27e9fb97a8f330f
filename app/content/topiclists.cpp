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
    return lists;
}

} // namespace cg
