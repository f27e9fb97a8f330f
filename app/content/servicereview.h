#pragma once

#include "core/validationissue.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace cg {

// The rules for a well-kept services file (services/national.json, areas/<slug>/services.json):
// every service has a way to contact it, a tier, topics from topics.json, a review date within
// the last 12 months (judged against `today`), a source when written by hand, only fields the app
// reads, and no person's e-mail address. One issue per problem, naming the service by its id.
ValidationIssues reviewServicesFile(const QString &contentDir, const QString &relativeFile,
                                    const QStringList &serviceTopics, QDate today);

} // namespace cg
