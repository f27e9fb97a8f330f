// The coordinator dashboard and its JSON summary: figures for an area beside its region and the
// country, through the disclosure control, behind the session and the account's scope.
#include "content/arealoader.h"
#include "content/labelnames.h"
#include "server/aggregatestore.h"
#include "server/areafigures.h"
#include "server/reportperiod.h"
#include "server/useradd.h"

#include "catchqtstrings.h"
#include "serverwithaccounts.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QUuid>

using namespace cg;

namespace {

const QString kSefton = QStringLiteral("E08000014");
const QString kWirral = QStringLiteral("E08000015");
const QString kBristol = QStringLiteral("E06000023");
const QString kNotInContent = QStringLiteral("E09000001");

// Adds `reports` reports for `area` and `week`, each carrying `counts`, as the server would.
void addReports(Database &database, const QString &area, const QString &week, int reports,
                const QList<WeeklyCount> &counts = {{QStringLiteral("app.active"), {}, 1}})
{
    AggregateStore store(database.connection());
    for (int i = 0; i < reports; ++i) {
        const AcceptedReport report{QUuid::createUuid().toString(QUuid::WithoutBraces), week, area, counts};
        REQUIRE(store.add(report, QDate(2026, 11, 23)) == AggregateStore::Outcome::Added);
    }
}

QStringList texts(const QList<PublishedFigure> &figures)
{
    QStringList shown;
    for (const PublishedFigure &figure : figures)
        shown << figure.text();
    return shown;
}

const MetricFigures &metricIn(const AreaFigures &figures, const char *name)
{
    for (const MetricFigures &metric : figures.metrics) {
        if (metric.metric.name == QLatin1String(name))
            return metric;
    }
    FAIL("no metric " << name);
    return figures.metrics.first();
}

ReportPeriod weeks44to47()
{
    QString error;
    return *reportPeriod(QStringLiteral("2026-W44"), QStringLiteral("2026-W47"), &error);
}

// The accounts' server, which also knows what guides and topics are called.
struct DashboardServer : ServerWithAccounts {
    explicit DashboardServer(DatabaseUrl::Engine engine) : ServerWithAccounts(engine)
    {
        running.server.setLabelNames(readLabelNames(QStringLiteral(CG_CONTENT_DIR)));
    }

    HttpReply get(const QByteArray &cookie, const QString &path)
    {
        return httpGet(QStringLiteral("http://127.0.0.1:%1%2").arg(running.port).arg(path), cookie);
    }
};

} // namespace

TEST_CASE("a report period is the weeks from the first to the last, each in the month of its Thursday")
{
    QString error;
    const ReportPeriod period = weeks44to47();
    CHECK(period.weeks == QStringList{QStringLiteral("2026-W44"), QStringLiteral("2026-W45"), QStringLiteral("2026-W46"), QStringLiteral("2026-W47")});
    // 2026-W44 runs from Monday 26 October; its Thursday is 29 October.
    CHECK(period.months == QStringList{QStringLiteral("2026-10"), QStringLiteral("2026-11")});
    CHECK(period.monthOfWeek == QList<int>{0, 1, 1, 1});
    // Across a year's end: 2026-W53 has its Thursday on 31 December.
    const ReportPeriod newYear = *reportPeriod(QStringLiteral("2026-W53"), QStringLiteral("2027-W01"), &error);
    CHECK(newYear.months == QStringList{QStringLiteral("2026-12"), QStringLiteral("2027-01")});
    CHECK(reportPeriod(QStringLiteral("2026-W47"), QStringLiteral("2026-W47"), &error)->weeks.size() == 1);

    CHECK_FALSE(reportPeriod(QStringLiteral("2026-W47"), QStringLiteral("2026-W44"), &error));
    CHECK(error == QStringLiteral("the last week (2026-W44) comes before the first (2026-W47)"));
    CHECK_FALSE(reportPeriod(QStringLiteral("2026-47"), QStringLiteral("2026-W48"), &error));
    CHECK(error == QStringLiteral("weeks are written YYYY-Www, such as 2026-W05; '2026-47' is not one"));
    CHECK_FALSE(reportPeriod(QStringLiteral("2026-W01"), QStringLiteral("2025-W54"), &error));
    CHECK(error.contains(QStringLiteral("'2025-W54' is not one")));
    CHECK_FALSE(reportPeriod(QStringLiteral("2024-W01"), QStringLiteral("2026-W20"), &error));
    CHECK(error == QStringLiteral("choose at most 106 weeks at a time"));
    CHECK(reportPeriod(QStringLiteral("2025-W01"), QStringLiteral("2027-W01"), &error)->weeks.size() == 106);

    // The default: the last 13 whole weeks before the week of today (Monday 23 November 2026).
    const ReportPeriod recent = recentWeeks(QDate(2026, 11, 25), 13);
    CHECK(recent.first() == QStringLiteral("2026-W35"));
    CHECK(recent.last() == QStringLiteral("2026-W47"));
    CHECK(recentQuarters(QDate(2026, 2, 1), 3) == QStringList{QStringLiteral("2026-Q1"), QStringLiteral("2025-Q4"), QStringLiteral("2025-Q3")});
    CHECK(monthName(QStringLiteral("2026-11")) == QStringLiteral("November 2026"));
}

TEST_CASE("an area's figures stand beside its region's (its areas added up) and the country's (every report)")
{
    const DatabaseUrl::Engine engine = EACH_ENGINE;
    INFO(engineName(engine));
    DashboardServer server(engine);
    Database &db = server.running.database;
    addReports(db, kSefton, QStringLiteral("2026-W45"), 20);
    addReports(db, kSefton, QStringLiteral("2026-W46"), 15);
    addReports(db, kWirral, QStringLiteral("2026-W45"), 12);
    addReports(db, kBristol, QStringLiteral("2026-W46"), 30);
    addReports(db, kNotInContent, QStringLiteral("2026-W47"), 25);
    addReports(db, QString(), QStringLiteral("2026-W47"), 11);       // no area chosen: national only
    addReports(db, kSefton, QStringLiteral("2026-W48"), 40);         // outside the period

    const AreaFigures figures = areaFigures(db.connection(), shippedRegistry(), server.areas,
                                            *findArea(server.areas, kSefton), weeks44to47());
    REQUIRE(figures.error.isEmpty());
    REQUIRE(figures.metrics.size() == shippedRegistry().metrics.size());
    const MetricFigures &active = metricIn(figures, "app.active");
    REQUIRE(active.places.size() == 3);
    CHECK(active.places.at(0).name == QStringLiteral("Sefton"));
    CHECK(active.places.at(1).name == QStringLiteral("North West"));
    CHECK(active.places.at(2).name == QStringLiteral("National"));
    CHECK(active.places.at(0).total.text() == QStringLiteral("35"));
    CHECK(texts(active.places.at(0).weeks) == QStringList{"0", "20", "15", "0"});
    CHECK(texts(active.places.at(0).months) == QStringList{"0", "35"});
    CHECK(active.places.at(1).total.text() == QStringLiteral("45"));        // 47
    CHECK(texts(active.places.at(1).weeks) == QStringList{"0", "30", "15", "0"});  // 32, 15
    CHECK(active.places.at(2).total.text() == QStringLiteral("115"));       // 35 + 12 + 30 + 25 + 11 = 113
    CHECK(texts(active.places.at(2).weeks) == QStringList{"0", "30", "45", "35"});  // 32, 45, 36
    // Nothing else was counted, so every other metric is 0 everywhere.
    CHECK(metricIn(figures, "journal.used").places.at(2).total.text() == QStringLiteral("0"));
}

TEST_CASE("a region's total that would narrow down an area's <10 is hidden, for every area of the region alike")
{
    const DatabaseUrl::Engine engine = EACH_ENGINE;
    INFO(engineName(engine));
    DashboardServer server(engine);
    Database &db = server.running.database;
    // Sefton 2 and Wirral 20 make the North West 22: shown as 20, with Wirral's 20, it would say
    // Sefton's "<10" is at most 4.
    addReports(db, kSefton, QStringLiteral("2026-W45"), 2);
    addReports(db, kWirral, QStringLiteral("2026-W45"), 20);
    addReports(db, kBristol, QStringLiteral("2026-W45"), 40);
    for (const QString &code : {kSefton, kWirral}) {
        INFO(code.toStdString());
        const AreaFigures figures = areaFigures(db.connection(), shippedRegistry(), server.areas,
                                                *findArea(server.areas, code), weeks44to47());
        const MetricFigures &active = metricIn(figures, "app.active");
        CHECK(active.places.at(0).total.text() == (code == kSefton ? QStringLiteral("<10") : QStringLiteral("20")));
        CHECK(active.places.at(1).total.kind == PublishedFigure::Kind::Withheld);
        CHECK(active.places.at(1).weeks.at(1).kind == PublishedFigure::Kind::Withheld);
        CHECK(active.places.at(1).months.at(1).kind == PublishedFigure::Kind::Withheld);
        // The rest of the country is never published, so the country's figure gives nothing away.
        CHECK(active.places.at(2).total.text() == QStringLiteral("60"));
    }
}

TEST_CASE("breakdowns list every guide, even those nobody started, and where people stop in each guide")
{
    DashboardServer server(DatabaseUrl::Engine::Sqlite);
    const MetricRegistry registry = shippedRegistry();
    const QStringList modules = registry.find(QStringLiteral("module.started"))->labels.first().values;
    REQUIRE(modules.size() >= 2);
    const QString module = modules.at(1);
    const auto reached = [&](const char *section) {
        return WeeklyCount{QStringLiteral("module.section_reached"),
                           {{QStringLiteral("module"), module}, {QStringLiteral("section"), QString::fromLatin1(section)}}, 1};
    };
    const WeeklyCount started{QStringLiteral("module.started"), {{QStringLiteral("module"), module}}, 1};
    addReports(server.running.database, kSefton, QStringLiteral("2026-W45"), 30, {started, reached("1"), reached("2")});
    addReports(server.running.database, kSefton, QStringLiteral("2026-W45"), 12, {started, reached("1")});
    const AreaFigures figures = areaFigures(server.running.database.connection(), registry, server.areas,
                                            *findArea(server.areas, kSefton), weeks44to47());

    const MetricFigures &starts = metricIn(figures, "module.started");
    REQUIRE(starts.breakdowns.size() == 1);
    CHECK(starts.breakdowns.at(0).labels == QStringList{QStringLiteral("module")});
    CHECK(starts.breakdowns.at(0).rows.size() == modules.size());
    CHECK(starts.breakdowns.at(0).rows.at(1) == QStringLiteral("module=") + module);
    CHECK(starts.places.at(0).breakdowns.at(0).at(0).text() == QStringLiteral("0"));
    CHECK(starts.places.at(0).breakdowns.at(0).at(1).text() == QStringLiteral("40"));  // 42

    // Parts of guides: only those reached anywhere, in order.
    const MetricFigures &parts = metricIn(figures, "module.section_reached");
    CHECK(parts.breakdowns.at(0).rows
          == QStringList{QStringLiteral("module=%1;section=1").arg(module), QStringLiteral("module=%1;section=2").arg(module)});
    CHECK(texts(parts.places.at(0).breakdowns.at(0)) == QStringList{"40", "30"});

    const LabelNames names = readLabelNames(QStringLiteral(CG_CONTENT_DIR));
    CHECK(names.name(QStringLiteral("section"), QStringLiteral("3")) == QStringLiteral("Part 3"));
    CHECK(names.name(QStringLiteral("category"), QStringLiteral("parental-conflict")) == QStringLiteral("Arguing and conflict"));
    CHECK(names.name(QStringLiteral("agency"), QStringLiteral("health-visiting")) == QStringLiteral("Health visiting"));
    CHECK(names.name(QStringLiteral("stage"), QStringLiteral("3-months")) == QStringLiteral("After 3 months"));
    CHECK(names.name(QStringLiteral("module"), module) != module);  // the guide's title
}

TEST_CASE("an area without a region stands beside the country alone")
{
    DashboardServer server(DatabaseUrl::Engine::Sqlite);
    Area loner;
    loner.code = kNotInContent;
    loner.name = QStringLiteral("Somewhere");
    addReports(server.running.database, kNotInContent, QStringLiteral("2026-W45"), 14);
    addReports(server.running.database, kSefton, QStringLiteral("2026-W45"), 20);
    const AreaFigures figures = areaFigures(server.running.database.connection(), shippedRegistry(),
                                            server.areas + QList<Area>{loner}, loner, weeks44to47());
    const MetricFigures &active = metricIn(figures, "app.active");
    REQUIRE(active.places.size() == 2);
    CHECK(active.places.at(0).total.text() == QStringLiteral("15"));
    CHECK(active.places.at(1).total.text() == QStringLiteral("35"));
}

TEST_CASE("the summary API answers only a signed-in account that may see the area")
{
    const DatabaseUrl::Engine engine = EACH_ENGINE;
    INFO(engineName(engine));
    DashboardServer server(engine);
    addReports(server.running.database, kSefton, QStringLiteral("2026-W45"), 20);
    addReports(server.running.database, kWirral, QStringLiteral("2026-W46"), 3);
    const QByteArray jo = server.cookieFor(QStringLiteral("jo@sefton.example"));
    const QByteArray northWest = server.cookieFor(QStringLiteral("nw@example.org"));
    const QByteArray national = server.cookieFor(QStringLiteral("all@example.org"));
    const QString sefton = QStringLiteral("/api/v1/areas/E08000014/summary?from=2026-W44&to=2026-W47");

    const HttpReply reply = server.get(jo, sefton);
    REQUIRE(reply.status == 200);
    CHECK(reply.contentType == QByteArrayLiteral("application/json"));
    const QJsonObject summary = reply.json();
    CHECK(summary.value(QStringLiteral("area")).toObject().value(QStringLiteral("name")).toString() == QStringLiteral("Sefton"));
    CHECK(summary.value(QStringLiteral("area")).toObject().value(QStringLiteral("region")).toString() == QStringLiteral("North West"));
    CHECK(summary.value(QStringLiteral("from")).toString() == QStringLiteral("2026-W44"));
    CHECK(summary.value(QStringLiteral("weeks")).toArray().size() == 4);
    const QJsonArray metrics = summary.value(QStringLiteral("metrics")).toArray();
    REQUIRE(metrics.size() == shippedRegistry().metrics.size());
    const QJsonObject active = metrics.at(0).toObject();
    CHECK(active.value(QStringLiteral("metric")).toString() == QStringLiteral("app.active"));
    const QJsonObject places = active.value(QStringLiteral("places")).toObject();
    CHECK(places.value(QStringLiteral("area")).toObject().value(QStringLiteral("total")).toInt() == 20);
    CHECK(places.value(QStringLiteral("area")).toObject().value(QStringLiteral("weekly")).toArray()
          == QJsonArray{0, 20, 0, 0});
    // The North West's week 46 is Wirral's 3 alone.
    CHECK(places.value(QStringLiteral("region")).toObject().value(QStringLiteral("weekly")).toArray().at(2).toString() == QStringLiteral("<10"));
    CHECK(places.value(QStringLiteral("national")).toObject().value(QStringLiteral("name")).toString() == QStringLiteral("National"));

    const QString wirral = QStringLiteral("/api/v1/areas/E08000015/summary?from=2026-W44&to=2026-W47");
    const QString bristol = QStringLiteral("/api/v1/areas/E06000023/summary?from=2026-W44&to=2026-W47");
    CHECK(server.get(jo, wirral).status == 403);
    CHECK(server.get(jo, wirral).json().value(QStringLiteral("error")).toString() == QStringLiteral("this account may not see that area"));
    CHECK(server.get(northWest, wirral).status == 200);
    CHECK(server.get(northWest, bristol).status == 403);
    CHECK(server.get(national, bristol).status == 200);
    CHECK(server.get(jo, QStringLiteral("/api/v1/areas/E09999999/summary?from=2026-W44&to=2026-W47")).status == 404);

    // Signed out, forged or expired: 401, and no figures, from the summary and the CSV alike.
    const QString csv = QStringLiteral("/api/v1/areas/E08000014/export.csv?quarter=2026-Q4");
    CHECK(server.get(jo, csv).status == 200);
    for (const QString &path : {sefton, csv}) {
        INFO(path.toStdString());
        CHECK(server.get({}, path).status == 401);
        CHECK(server.get("cg_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", path).status == 401);
    }
    server.running.now = server.running.now.addSecs(8 * 60 * 60);
    for (const QString &path : {sefton, csv}) {
        INFO(path.toStdString());
        const HttpReply expired = server.get(jo, path);
        CHECK(expired.status == 401);
        CHECK_FALSE(expired.body.contains("app.active"));
    }
}

TEST_CASE("the summary API refuses weeks it cannot read, naming what is wrong")
{
    DashboardServer server(DatabaseUrl::Engine::Sqlite);
    const QByteArray jo = server.cookieFor(QStringLiteral("jo@sefton.example"));
    const auto errorFor = [&](const char *query) {
        const HttpReply reply = server.get(jo, QStringLiteral("/api/v1/areas/E08000014/summary") + QLatin1String(query));
        CHECK(reply.status == 400);
        return reply.json().value(QStringLiteral("error")).toString();
    };
    CHECK(errorFor("") == QStringLiteral("weeks are written YYYY-Www, such as 2026-W05; '' is not one"));
    CHECK(errorFor("?from=2026-W44") == QStringLiteral("weeks are written YYYY-Www, such as 2026-W05; '' is not one"));
    CHECK(errorFor("?from=2026-W47&to=2026-W44") == QStringLiteral("the last week (2026-W44) comes before the first (2026-W47)"));
    CHECK(errorFor("?from=2020-W01&to=2026-W44") == QStringLiteral("choose at most 106 weeks at a time"));
    CHECK(errorFor("?from=2026-W44'%20OR%20'1'='1&to=2026-W47").contains(QStringLiteral("is not one")));
}

TEST_CASE("the dashboard shows each metric with a chart for the area, the region and the country")
{
    const DatabaseUrl::Engine engine = EACH_ENGINE;
    INFO(engineName(engine));
    DashboardServer server(engine);
    addReports(server.running.database, kSefton, QStringLiteral("2026-W45"), 20);
    const QByteArray jo = server.cookieFor(QStringLiteral("jo@sefton.example"));

    const HttpReply page = server.get(jo, QStringLiteral("/areas/E08000014?from=2026-W44&to=2026-W47"));
    REQUIRE(page.status == 200);
    CHECK(page.contentType == QByteArrayLiteral("text/html; charset=utf-8"));
    const QString html = QString::fromUtf8(page.body);
    CHECK(html.contains(QStringLiteral("<h1>Sefton</h1>")));
    CHECK(html.contains(QStringLiteral("26 October to 22 November 2026 (weeks 2026-W44 to 2026-W47)")));
    CHECK(html.contains(QStringLiteral("Signed in as jo@sefton.example")));
    // No script of any kind, and nothing fetched from anywhere else.
    CHECK_FALSE(html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    CHECK_FALSE(html.contains(QStringLiteral("src=")));
    CHECK_FALSE(html.contains(QStringLiteral("<link")));
    const int metrics = int(shippedRegistry().metrics.size());
    CHECK(html.count(QStringLiteral("<section class=\"metric\"")) == metrics);
    CHECK(html.count(QStringLiteral("<svg class=\"trend\"")) == metrics * 3);
    CHECK(html.contains(QStringLiteral("aria-label=\"Active installs in Sefton, by week, from 2026-W44 to 2026-W47\"")));
    CHECK(html.contains(QStringLiteral("<p class=\"place\">Sefton</p><p class=\"figure\">20</p>")));
    CHECK(html.contains(QStringLiteral("<input id=\"from\" name=\"from\" type=\"week\" required value=\"2026-W44\">")));
    CHECK(html.contains(QStringLiteral("action=\"/api/v1/areas/E08000014/export.csv\"")));
    CHECK(html.contains(QStringLiteral("<option>2026-Q4</option>")));
    CHECK(html.contains(QStringLiteral("<caption>By level of help</caption>")));
    CHECK_FALSE(html.contains(QStringLiteral("Other areas")));

    // By month: one bar per month, named.
    const QString byMonth = QString::fromUtf8(server.get(jo, QStringLiteral("/areas/E08000014?from=2026-W44&to=2026-W47&by=month")).body);
    CHECK(byMonth.contains(QStringLiteral("<th scope=\"row\">November 2026</th>")));
    CHECK(byMonth.contains(QStringLiteral("<option value=\"month\" selected>")));

    // Without weeks, the last 13 whole weeks (the server's today is Monday 23 November 2026).
    CHECK(server.get(jo, QStringLiteral("/areas/E08000014")).body.contains("(weeks 2026-W35 to 2026-W47)"));
}

TEST_CASE("the dashboard keeps each account to its own areas and says plainly what is wrong with the weeks")
{
    DashboardServer server(DatabaseUrl::Engine::Sqlite);
    const QByteArray jo = server.cookieFor(QStringLiteral("jo@sefton.example"));
    const QByteArray northWest = server.cookieFor(QStringLiteral("nw@example.org"));
    CHECK(server.get({}, QStringLiteral("/areas/E08000014")).location == QByteArrayLiteral("/login"));
    const HttpReply otherArea = server.get(jo, QStringLiteral("/areas/E08000015"));
    const HttpReply unknownArea = server.get(jo, QStringLiteral("/areas/E09999999"));
    CHECK(otherArea.status == 404);
    CHECK(otherArea.body == unknownArea.body);  // nothing tells one from the other
    CHECK_FALSE(otherArea.body.contains("Wirral"));

    const HttpReply regional = server.get(northWest, QStringLiteral("/areas/E08000015"));
    CHECK(regional.status == 200);
    CHECK(regional.body.contains("<a href=\"/areas/E08000014\">Sefton</a>"));
    CHECK_FALSE(regional.body.contains("Bristol"));
    CHECK(server.get(northWest, QStringLiteral("/areas/E06000023")).status == 404);

    const HttpReply backwards = server.get(jo, QStringLiteral("/areas/E08000014?from=2026-W47&to=2026-W44"));
    CHECK(backwards.status == 400);
    CHECK(backwards.body.contains("The last week (2026-W44) comes before the first (2026-W47)."));
    const HttpReply injected = server.get(jo, QStringLiteral("/areas/E08000014?from=2026-W44&to=2026-W47&by=week'%3B%20DROP%20TABLE%20aggregates--"));
    CHECK(injected.status == 400);
    CHECK(injected.body.contains("Trends can be shown by week or by month."));
    QSqlQuery still(server.running.database.connection());
    CHECK(still.exec(QStringLiteral("SELECT COUNT(*) FROM aggregates")));
}
