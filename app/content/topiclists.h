#pragma once

#include "core/validationissue.h"

#include <QHash>
#include <QStringList>

namespace cg {

// content/topics.json: the closed lists of topics modules and services may use.
struct TopicLists {
    QStringList moduleTopics;
    QStringList serviceTopics;
    // What Learn's topic buttons say for each module topic, in module_topics order.
    QList<std::pair<QString, QString>> moduleTopicLabels;
    // What Get help's topic filter says for each service topic, in service_topics order.
    QList<std::pair<QString, QString>> serviceTopicLabels;
    // Which service topic helps with each module topic, for the services shown inside a guide.
    QHash<QString, QString> serviceTopicForModuleTopic;
    ValidationIssues issues;  // a missing or broken topics.json
};

TopicLists readTopicLists(const QString &contentDir);

} // namespace cg
