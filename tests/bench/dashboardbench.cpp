// dashboard-bench: how long the coordinator dashboard and the summary API take over a year of
// weeks with a million reports across 150 areas, on SQLite and on PostgreSQL, against the floor of
// running the same two queries and reading their rows (which any dashboard must do).
//
//   dashboard-bench [--reports N] [--areas N] [--rounds N] [--postgres URL | --no-postgres]
//
// The reports are made by ReportMaker (as the server benchmark's), spread over the 53 weeks of
// 2026, and added up in memory into the aggregates the server would hold; those rows are then
// written in one transaction, so filling the database takes seconds rather than the hours that a
// million HTTP requests would.
#include "benchpostgres.h"
#include "benchstats.h"
#include "reportmaker.h"

#include "content/arealoader.h"
#include "content/contentmetricregistry.h"
#include "content/labelnames.h"
#include "server/acceptedreport.h"
#include "server/areafigures.h"
#include "server/dashboardpage.h"
#include "server/serverdatabase.h"
#include "server/summaryjson.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <map>
#include <tuple>

namespace {

struct AggregateKey {
    QString area;
    QString week;
    QString metric;
    QString labels;
    bool operator==(const AggregateKey &) const = default;
};

size_t qHash(const AggregateKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.area, key.week, key.metric, key.labels);
}

struct Aggregates {
    QHash<AggregateKey, qint64> totals;
    QHash<QPair<QString, QString>, qint64> reportsPerWeek;
};

Aggregates makeAggregates(const cg::MetricRegistry &registry, const QStringList &areas, int reports)
{
    ReportMaker maker(registry, areas, 20261123);
    Aggregates aggregates;
    for (int i = 0; i < reports; ++i) {
        const cg::WeeklyReport report = maker.next();
        ++aggregates.reportsPerWeek[{report.areaCode, report.week}];
        for (const cg::WeeklyCount &count : report.counts)
            aggregates.totals[{report.areaCode, report.week, count.metric, cg::labelsKey(count.labels)}] += count.value;
    }
    return aggregates;
}

bool fill(cg::Database &database, const Aggregates &aggregates, QString *error)
{
    QSqlDatabase &db = database.connection();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO aggregates (area, week, metric, labels, total) VALUES (?, ?, ?, ?, ?)"));
    for (auto row = aggregates.totals.cbegin(); row != aggregates.totals.cend(); ++row) {
        insert.addBindValue(row.key().area);
        insert.addBindValue(row.key().week);
        insert.addBindValue(row.key().metric);
        // Qt binds a null QString as NULL; no labels is the empty text.
        insert.addBindValue(row.key().labels.isNull() ? QStringLiteral("") : row.key().labels);
        insert.addBindValue(row.value());
        if (!insert.exec()) {
            *error = insert.lastError().text();
            return false;
        }
    }
    // The country's rows, as AggregateStore keeps them beside the areas'.
    std::map<std::tuple<QString, QString, QString>, qint64> national;
    for (auto row = aggregates.totals.cbegin(); row != aggregates.totals.cend(); ++row)
        national[{row.key().week, row.key().metric, row.key().labels}] += row.value();
    QSqlQuery nationalInsert(db);
    nationalInsert.prepare(QStringLiteral("INSERT INTO national_aggregates (week, metric, labels, total) VALUES (?, ?, ?, ?)"));
    for (const auto &[key, total] : national) {
        nationalInsert.addBindValue(std::get<0>(key));
        nationalInsert.addBindValue(std::get<1>(key));
        nationalInsert.addBindValue(std::get<2>(key).isNull() ? QStringLiteral("") : std::get<2>(key));
        nationalInsert.addBindValue(total);
        if (!nationalInsert.exec()) {
            *error = nationalInsert.lastError().text();
            return false;
        }
    }
    QSqlQuery perWeek(db);
    perWeek.prepare(QStringLiteral("INSERT INTO reports_per_week (area, week, reports) VALUES (?, ?, ?)"));
    for (auto row = aggregates.reportsPerWeek.cbegin(); row != aggregates.reportsPerWeek.cend(); ++row) {
        perWeek.addBindValue(row.key().first);
        perWeek.addBindValue(row.key().second);
        perWeek.addBindValue(row.value());
        if (!perWeek.exec()) {
            *error = perWeek.lastError().text();
            return false;
        }
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    // Fresh statistics for the planner, as a live database would have.
    QSqlQuery(db).exec(QStringLiteral("ANALYZE"));
    return true;
}

// The floor: the two queries areaFigures runs (the region's areas' rows, and the country's rows),
// every row read and nothing else done.
qint64 readRowsOnly(QSqlDatabase &db, const QStringList &regionAreas, const cg::ReportPeriod &period)
{
    qint64 seen = 0;
    QStringList marks;
    for (qsizetype i = 0; i < regionAreas.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery area(db);
    area.setForwardOnly(true);
    area.prepare(QStringLiteral("SELECT area, week, metric, labels, total FROM aggregates WHERE week >= ? AND week <= ? AND area IN (%1)")
                     .arg(marks.join(QStringLiteral(", "))));
    area.addBindValue(period.first());
    area.addBindValue(period.last());
    for (const QString &code : regionAreas)
        area.addBindValue(code);
    area.exec();
    while (area.next())
        seen += area.value(4).toLongLong();
    QSqlQuery nation(db);
    nation.setForwardOnly(true);
    nation.prepare(QStringLiteral("SELECT week, metric, labels, total FROM national_aggregates WHERE week >= ? AND week <= ?"));
    nation.addBindValue(period.first());
    nation.addBindValue(period.last());
    nation.exec();
    while (nation.next())
        seen += nation.value(3).toLongLong();
    return seen;
}

struct Timings {
    QList<double> floor, summary, dashboard;
};

// Times each subject `rounds` times, interleaved, after one unmeasured warm-up of each.
Timings measure(cg::Database &database, const cg::MetricRegistry &registry, const QList<cg::Area> &areas,
                const cg::Area &area, const cg::ReportPeriod &period, const cg::LabelNames &names, int rounds)
{
    QStringList regionAreas;
    for (const cg::Area &other : areas) {
        if (other.region == area.region)
            regionAreas << other.code;
    }
    Timings timings;
    QElapsedTimer clock;
    qint64 keep = 0;  // so the compiler cannot drop the work
    for (int round = -1; round < rounds; ++round) {
        clock.start();
        keep += readRowsOnly(database.connection(), regionAreas, period);
        const double floorMs = double(clock.nsecsElapsed()) / 1e6;

        clock.start();
        const cg::AreaFigures figures = cg::areaFigures(database.connection(), registry, areas, area, period);
        keep += QJsonDocument(cg::summaryJson(area, period, figures)).toJson(QJsonDocument::Compact).size();
        const double summaryMs = double(clock.nsecsElapsed()) / 1e6;

        clock.start();
        cg::DashboardView view;
        view.email = QStringLiteral("bench@example.org");
        view.area = area;
        view.period = period;
        view.figures = cg::areaFigures(database.connection(), registry, areas, area, period);
        view.names = names;
        view.quarters = cg::recentQuarters(QDate(2026, 12, 31), 8);
        keep += cg::dashboardPage(view).size();
        const double dashboardMs = double(clock.nsecsElapsed()) / 1e6;
        if (round >= 0) {
            timings.floor << floorMs;
            timings.summary << summaryMs;
            timings.dashboard << dashboardMs;
        }
    }
    if (keep == 0)
        std::printf("(nothing read)\n");
    return timings;
}

void report(const char *engine, const Timings &timings)
{
    const double floor = median(timings.floor);
    std::printf("%s\n", engine);
    std::printf("  the two queries, rows read (floor)   %8.1f ms  (max %.1f)  ratio 1.00\n", floor,
                percentile(timings.floor, 1.0));
    std::printf("  summary API (figures + JSON)         %8.1f ms  (max %.1f)  ratio %.2f\n", median(timings.summary),
                percentile(timings.summary, 1.0), median(timings.summary) / floor);
    std::printf("  dashboard page (figures + HTML)      %8.1f ms  (max %.1f)  ratio %.2f\n", median(timings.dashboard),
                percentile(timings.dashboard, 1.0), median(timings.dashboard) / floor);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "dashboard-bench: %s\n", qPrintable(message));
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
    const int reports = option("--reports", QStringLiteral("1000000")).toInt();
    const int areaCount = option("--areas", QStringLiteral("150")).toInt();
    const int rounds = option("--rounds", QStringLiteral("5")).toInt();
    const QString content = QStringLiteral(CG_CONTENT_DIR);

    const cg::MetricRegistryResult registry = cg::readContentMetricRegistry(content);
    if (!registry.registry)
        return fail(QStringLiteral("cannot read the metric registry"));
    const QList<cg::Area> areas = cg::loadAreas(content).areas;
    QStringList codes;
    for (const cg::Area &area : areas)
        codes << area.code;
    codes << madeUpAreaCodes(std::max(0, areaCount - int(codes.size())));
    const cg::Area *sefton = cg::findArea(areas, QStringLiteral("E08000014"));
    if (!sefton)
        return fail(QStringLiteral("the shipped content has no Sefton"));
    QString error;
    const cg::ReportPeriod period = *cg::reportPeriod(QStringLiteral("2026-W01"), QStringLiteral("2026-W53"), &error);
    const cg::LabelNames names = cg::readLabelNames(content);

    QElapsedTimer clock;
    clock.start();
    const Aggregates aggregates = makeAggregates(*registry.registry, codes, reports);
    std::printf("%d reports across %lld areas over the 53 weeks of 2026: %lld aggregate rows (made in %.1f s)\n",
                reports, qlonglong(codes.size()), qlonglong(aggregates.totals.size()), double(clock.elapsed()) / 1000);
    std::printf("Sefton beside the North West (%d areas) and the country, 2026-W01 to 2026-W53, median of %d rounds:\n\n",
                int(std::count_if(areas.cbegin(), areas.cend(), [&](const cg::Area &a) { return a.region == sefton->region; })),
                rounds);

    QTemporaryDir dir;
    cg::Database sqlite;
    if (!cg::openServerDatabase(sqlite, *cg::parseDatabaseUrl(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("stats.sqlite")), &error), &error)
        || !fill(sqlite, aggregates, &error))
        return fail(error);
    report("SQLite", measure(sqlite, *registry.registry, areas, *sefton, period, names, rounds));

    if (arguments.contains(QStringLiteral("--no-postgres")))
        return 0;
    BenchPostgres postgres;
    const QString given = option("--postgres", QString());
    const bool started = given.isEmpty()
        ? postgres.startPrivate(QStringLiteral(CG_TEST_POSTGRES_SCRIPT), &error)
        : postgres.useServer(given, &error);
    if (!started) {
        std::printf("\nPostgreSQL: skipped (%s)\n", qPrintable(error));
        return 0;
    }
    const QString url = postgres.createDatabase(&error);
    cg::Database pg;
    if (url.isEmpty() || !cg::openServerDatabase(pg, *cg::parseDatabaseUrl(url, &error), &error) || !fill(pg, aggregates, &error))
        return fail(error);
    std::printf("\n");
    report("PostgreSQL", measure(pg, *registry.registry, areas, *sefton, period, names, rounds));
    pg.close();
    postgres.dropDatabase(url);
    return 0;
}
