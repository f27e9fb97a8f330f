#pragma once

#include "core/area.h"
#include "core/service.h"
#include "core/validationissue.h"

#include <QHash>
#include <QList>

namespace cg {

struct ServiceLoadResult {
    QList<Service> national;                  // services/national.json: shown in every area
    QHash<QString, QList<Service>> byAreaSlug;  // areas/<slug>/services.json
    ValidationIssues issues;                  // each record left out, and why
};

// Reads the national helplines and each area's services. A record that does not read is left out
// and named in the issues; a missing area file just means the area has none yet.
ServiceLoadResult loadServices(const QString &contentDir, const QList<Area> &areas);

} // namespace cg
