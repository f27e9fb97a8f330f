#pragma once

#include "core/validationissue.h"

#include <QStringList>

namespace cg {

// content/topics.json: the closed lists of topics modules and services may use.
struct TopicLists {
    QStringList moduleTopics;
    QStringList serviceTopics;
    ValidationIssues issues;  // a missing or broken topics.json
};

TopicLists readTopicLists(const QString &contentDir);

} // namespace cg
