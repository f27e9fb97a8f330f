#pragma once

#include "core/practitionerguide.h"
#include "core/service.h"

namespace cg {

// The last chapter of the conversation guide, "Your area's pathway", built from the area's
// pathway.json: how referrals work there, the services grouped by how to reach them, and where
// to turn when there are signs of abuse. Without a pathway file it says so and lists the area's
// own services, so a practitioner is never left with nothing. A step may name a national service.
QList<GuideScreen> pathwayScreens(const AreaPathway *pathway, const QString &areaName,
                                  const QList<Service> &nationalServices, const QList<Service> &localServices);

} // namespace cg
