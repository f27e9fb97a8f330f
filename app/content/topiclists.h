#pragma once

#include "core/validationissue.h"

#include <QStringList>

namespace cg {

// content/topics.json: the closed lists of topics modules and services may use.
struct TopicLists {
    QStringList moduleTopics;
    QStringList serviceTopics;
    // What Learn's topic buttons say for each module topic, in module_topics order.
    QList<std::pair<QString, QString>> moduleTopicLabels;
    ValidationIssues issues;  // a missing or broken topics.json
};

TopicLists readTopicLists(const QString &contentDir);

} // namespace cg
