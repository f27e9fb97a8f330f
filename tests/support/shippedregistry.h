#pragma once

#include "content/checkinfile.h"
#include "content/metricregistryfile.h"
#include "content/moduleloader.h"
#include "content/topiclists.h"

#include <catch2/catch.hpp>

// content/metrics.json read against the shipped content's own lists, as the app and server read
// it. Needs CG_CONTENT_DIR.
inline cg::MetricRegistry shippedRegistry()
{
    const QString content = QStringLiteral(CG_CONTENT_DIR);
    const cg::CheckInFileResult checkIn = cg::readCheckIn(content);
    REQUIRE(checkIn.definition);
    QStringList modules;
    for (const cg::Module &module : cg::loadModules(content).modules)
        modules << module.id;
    const cg::MetricRegistryResult read = cg::readMetricRegistry(
        content, cg::metricLists(modules, cg::readTopicLists(content).serviceTopics, *checkIn.definition));
    REQUIRE(read.registry);
    return *read.registry;
}
