#include "catchqtstrings.h"
#include "smallregistry.h"
#include "models/privacycontroller.h"
#include "storage/appschema.h"
#include "storage/database.h"
#include "storage/sqlitestatisticsstore.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>

using namespace cg;

namespace {

MetricRegistry titledRegistry()
{
    MetricRegistry registry = smallRegistry();
    registry.metrics[0].title = QStringLiteral("Used the app this week");
    registry.metrics[2].title = QStringLiteral("Kinds of help looked at");
    return registry;
}

const QByteArray kBody = R"({"app_version":"1.0","area":null,"counts":[)"
                         R"({"labels":{},"metric":"app.active","value":1},)"
                         R"({"labels":{"category":"mediation","tier":"self-help"},"metric":"service.viewed","value":2},)"
                         R"({"labels":{},"metric":"old.metric","value":1}],)"
                         R"("report_id":"00000000-0000-4000-8000-000000000001","schema":1,"week":"2026-W47"})";

} // namespace

TEST_CASE("a report's counts read in words by their titles, and a count the registry no longer knows still shows by name")
{
    CHECK(ReportListModel::countsInWords(titledRegistry(), kBody)
          == QStringList{QStringLiteral("Used the app this week: 1"),
                         QStringLiteral("Kinds of help looked at: mediation, self-help (2)"),
                         QStringLiteral("old.metric: 1")});
}

TEST_CASE("what we have sent lists waiting and sent reports, newest week first, the JSON byte for byte, and says why when empty")
{
    Database db;
    REQUIRE(db.open(QStringLiteral(":memory:"), appMigrations()));
    SqliteStatisticsStore store(db.connection());
    const MetricRegistry registry = titledRegistry();
    PrivacyController privacy(registry, store);
    QAbstractItemModelTester tester(privacy.reports());

    privacy.refresh(false);
    CHECK(privacy.summary().startsWith(QStringLiteral("Sharing counts is off")));
    privacy.refresh(true);
    CHECK(privacy.summary().startsWith(QStringLiteral("Nothing yet.")));
    CHECK(privacy.reports()->rowCount() == 0);

    QByteArray later = kBody;
    later.replace("2026-W47", "2026-W48").replace("000000000001", "000000000002");
    REQUIRE(store.fileReport({QStringLiteral("00000000-0000-4000-8000-000000000001"), QStringLiteral("2026-W47"), kBody}, {}, 26));
    REQUIRE(store.fileReport({QStringLiteral("00000000-0000-4000-8000-000000000002"), QStringLiteral("2026-W48"), later}, {}, 26));
    REQUIRE(store.markSent(QStringLiteral("00000000-0000-4000-8000-000000000001"), QDate(2026, 11, 25), 12));
    privacy.refresh(true);

    ReportListModel *reports = privacy.reports();
    REQUIRE(reports->rowCount() == 2);
    const auto value = [reports](int row, ReportListModel::Role role) { return reports->index(row).data(role).toString(); };
    CHECK(value(0, ReportListModel::HeadingRole) == QStringLiteral("The week of 23 November 2026"));
    CHECK(value(0, ReportListModel::StatusRole) == QStringLiteral("Waiting to be sent"));
    CHECK(value(1, ReportListModel::StatusRole) == QStringLiteral("Sent on 25 November 2026"));
    CHECK(value(1, ReportListModel::JsonRole).toUtf8() == kBody);
    CHECK(value(1, ReportListModel::WordsRole).startsWith(QStringLiteral("Used the app this week: 1\n")));
}
