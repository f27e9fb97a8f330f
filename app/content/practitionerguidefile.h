#pragma once

#include "core/practitionerguide.h"
#include "core/validationissue.h"

#include <optional>

namespace cg {

struct PractitionerGuideResult {
    std::optional<PractitionerGuide> guide;  // empty when any error was found
    ValidationIssues issues;
};

// Reads content/practitioner/guide.json and the screen files it names (written like module
// sections, without blocks). The topic map may only name guides in `moduleIds` and service
// topics in `serviceTopics`.
PractitionerGuideResult loadPractitionerGuide(const QString &contentDir, const QStringList &moduleIds,
                                              const QStringList &serviceTopics);

// What a well-kept guide also needs: a review date in the last 12 months, and every screen at
// grade 10 or below (practitioners read between visits, in a hurry).
ValidationIssues reviewPractitionerGuide(const PractitionerGuide &guide, QDate today);

struct AreaPathwayResult {
    std::optional<AreaPathway> pathway;  // empty when the area has none, or it has an error
    ValidationIssues issues;
};

// Reads content/areas/<slug>/pathway.json, if the area has one. Each step names a service in
// `serviceIds` (the area's and the national ones), and who may refer are agency types.
AreaPathwayResult readAreaPathway(const QString &contentDir, const QString &slug, const QStringList &serviceIds);

// Work still to do in a pathway, as warnings: not yet confirmed by the council, routes nobody
// has stated, no local domestic-abuse service; and its review date.
ValidationIssues reviewAreaPathway(const AreaPathway &pathway, const QString &file, QDate today);

} // namespace cg
