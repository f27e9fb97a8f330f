#include "server/exportcommand.h"

#include "content/arealoader.h"
#include "content/contentmetricregistry.h"
#include "server/quarterexport.h"
#include "server/serverdatabase.h"

#include <cstdio>

namespace cg {
namespace {

int failed(const QString &message)
{
    std::fprintf(stderr, "commonground-server: %s\n", qPrintable(message));
    return ServerExitFailure;
}

} // namespace

int runExport(const ExportOptions &options)
{
    if (!findArea(loadAreas(options.contentDir).areas, options.areaCode))
        return failed(QStringLiteral("%1 is not an area this server knows").arg(options.areaCode));
    const MetricRegistryResult registry = readContentMetricRegistry(options.contentDir);
    if (!registry.registry)
        return failed(QStringLiteral("cannot read the metric registry in %1").arg(options.contentDir));
    Database database;
    QString error;
    if (!openServerDatabase(database, options.database, &error))
        return failed(error);
    const QuarterExport exported = exportQuarter(database.connection(), *registry.registry, options.areaCode, options.quarter);
    if (!exported.error.isEmpty())
        return failed(exported.error);
    std::fwrite(exported.csv.constData(), 1, size_t(exported.csv.size()), stdout);
    return ServerExitOk;
}

} // namespace cg
