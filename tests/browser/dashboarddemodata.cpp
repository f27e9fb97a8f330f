// dashboard-demo-data: fills a statistics server's database with made-up reports so the dashboard
// can be looked at and tested in a browser. Test tooling only: never part of a real server.
//
//   dashboard-demo-data --db sqlite:PATH [--weeks N] [--today YYYY-MM-DD]
//
// The weeks are the N whole weeks before today's, so the dashboard's default view shows them.
// Sefton is the rich area (a few hundred phones a week, growing); Halton is the near-empty one
// (one phone in three of the weeks); the other areas of the shipped content and some made-up
// areas elsewhere give the region and the country.
#include "../bench/reportmaker.h"

#include "content/arealoader.h"
#include "content/contentmetricregistry.h"
#include "core/isoweek.h"
#include "server/aggregatestore.h"
#include "server/serverdatabase.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <cstdio>

namespace {

// Phones using the app in an area in week `i` of `weeks`.
int phonesIn(const QString &code, int i)
{
    if (code == QStringLiteral("E08000014"))  // Sefton: rich, and growing
        return 120 + 12 * i;
    if (code == QStringLiteral("E06000006"))  // Halton: almost nothing
        return (i == 2 || i == 7 || i == 11) ? 1 : 0;
    if (code == QStringLiteral("E08000015"))  // Wirral: small, steady
        return 14 + i % 3;
    return 40 + (qHash(code) % 40);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "dashboard-demo-data: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const auto option = [&](const char *name, const QString &fallback) {
        const qsizetype at = arguments.indexOf(QLatin1String(name));
        return at > 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : fallback;
    };
    QString error;
    const auto url = cg::parseDatabaseUrl(option("--db", QString()), &error);
    if (!url)
        return fail(QStringLiteral("--db: %1").arg(error));
    const int weeks = option("--weeks", QStringLiteral("16")).toInt();
    const QDate today = QDate::fromString(option("--today", QDate::currentDate().toString(Qt::ISODate)), Qt::ISODate);
    if (weeks < 1 || !today.isValid())
        return fail(QStringLiteral("--weeks takes a number of weeks and --today a date, YYYY-MM-DD"));

    const cg::MetricRegistryResult registry = cg::readContentMetricRegistry(QStringLiteral(CG_CONTENT_DIR));
    if (!registry.registry)
        return fail(QStringLiteral("cannot read the metric registry"));
    QStringList codes;
    for (const cg::Area &area : cg::loadAreas(QStringLiteral(CG_CONTENT_DIR)).areas)
        codes << area.code;
    codes << madeUpAreaCodes(12);

    cg::Database database;
    if (!cg::openServerDatabase(database, *url, &error))
        return fail(error);
    // Made-up data is not worth a disk flush per report.
    QSqlQuery(database.connection()).exec(QStringLiteral("PRAGMA synchronous = OFF"));
    cg::AggregateStore store(database.connection());
    ReportMaker maker(*registry.registry, codes, 20261123);
    const QDate thisMonday = today.addDays(1 - today.dayOfWeek());
    int added = 0;
    for (int i = 0; i < weeks; ++i) {
        const QString week = cg::isoWeek(thisMonday.addDays(-7 * (weeks - i)));
        for (const QString &code : std::as_const(codes)) {
            for (int phone = 0; phone < phonesIn(code, i); ++phone) {
                cg::WeeklyReport made = maker.next();
                const cg::AcceptedReport report{made.reportId, week, code, made.counts};
                if (store.add(report, today) != cg::AggregateStore::Outcome::Added)
                    return fail(store.lastError());
                ++added;
            }
        }
    }
    std::printf("dashboard-demo-data: %d reports over %d weeks in %lld areas\n", added, weeks, qlonglong(codes.size()));
    return 0;
}
