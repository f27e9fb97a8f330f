#pragma once

#include "core/validationissue.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cg {

// How an imported service gets the app's topics and support tier, read from
// content/service-mapping.json so councils and reviewers can change it without code.
struct ServiceMapping {
    struct Topic {
        QString topic;
        QStringList words;
    };
    struct Tier {
        QString tier;
        QStringList topics;
        QStringList words;
    };
    QList<Topic> topics;
    QList<Tier> tiers;  // most acute first
    QString defaultTier;
};

struct ServiceMappingResult {
    ServiceMapping mapping;
    QList<ValidationIssue> issues;  // empty when the file is usable
};

// Reads the mapping; topics must be in `serviceTopics`, tiers one of the five.
ServiceMappingResult readServiceMapping(const QString &path, const QStringList &serviceTopics);

// The topics `text` holds (in mapping order) and the tier they give. Words match whole words;
// one ending in * matches any ending.
QStringList mappedTopics(const ServiceMapping &mapping, const QString &text);
QString mappedTier(const ServiceMapping &mapping, const QStringList &topics, const QString &text);

// The tiers every service must have one of, least to most acute.
const QStringList &serviceTiers();

} // namespace cg
