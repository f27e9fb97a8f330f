#pragma once

#include "content/contentmetricregistry.h"

#include <catch2/catch.hpp>

// content/metrics.json read against the shipped content's own lists, as the server reads it.
// Needs CG_CONTENT_DIR.
inline cg::MetricRegistry shippedRegistry()
{
    const cg::MetricRegistryResult read = cg::readContentMetricRegistry(QStringLiteral(CG_CONTENT_DIR));
    REQUIRE(read.registry);
    return *read.registry;
}
