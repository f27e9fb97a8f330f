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
// Some are warnings rather than errors: a hand-written record with a source but no contact details
// yet (the council adds them; none is ever guessed), and an imported record whose feed date is over
// 12 months old (the card shows that date) or whose words matched no topic. servicereview.cpp
// says why.
ValidationIssues reviewServicesFile(const QString &contentDir, const QString &relativeFile,
                                    const QStringList &serviceTopics, QDate today);

} // namespace cg
