#pragma once

#include "core/metricregistry.h"

// A metric registry small enough to read in a test: one metric without labels, one with a guide,
// and one with two labels and a weekly most above 1.
inline cg::MetricRegistry smallRegistry()
{
    cg::MetricRegistry made;
    made.metrics = {{QStringLiteral("app.active"), {}, {}, {}, 1},
                    {QStringLiteral("module.started"), {}, {},
                     {{QStringLiteral("module"), QStringLiteral("modules"), {QStringLiteral("arguing-better")}}}, 1},
                    {QStringLiteral("service.viewed"), {}, {},
                     {{QStringLiteral("category"), QStringLiteral("service-topics"), {QStringLiteral("mediation")}},
                      {QStringLiteral("tier"), QStringLiteral("tiers"), {QStringLiteral("self-help"), QStringLiteral("crisis")}}},
                     3}};
    return made;
}
