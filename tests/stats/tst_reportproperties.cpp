#include "catchqtstrings.h"
#include "shippedregistry.h"
#include "core/isoweek.h"
#include "core/statisticsrecorder.h"
#include "core/weeklyreport.h"
#include "core/weeklyreporter.h"
#include "storage/appschema.h"
#include "storage/database.h"
#include "storage/sqlitestatisticsstore.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace cg;

namespace {

// One count's identity, as the report writes it: "metric {labels}".
QString countKey(const QString &metric, const QJsonObject &labels)
{
    return metric + u' ' + QString::fromUtf8(QJsonDocument(labels).toJson(QJsonDocument::Compact));
}

QJsonObject labelsObject(const QHash<QString, QString> &labels)
{
    QJsonObject object;
    for (auto label = labels.cbegin(); label != labels.cend(); ++label)
        object.insert(label.key(), label.value());
    return object;
}

} // namespace

TEST_CASE("random activity over random weeks always gives reports that fit the registry and match what was done")
{
    const MetricRegistry registry = shippedRegistry();
    REQUIRE(registry.metrics.size() >= 13);
    for (quint32 seed = 1; seed <= 25; ++seed) {
        INFO("seed " << seed);
        QRandomGenerator random(seed);
        Database db;
        REQUIRE(db.open(QStringLiteral(":memory:"), appMigrations()));
        SqliteStatisticsStore store(db.connection());
        QDate today(2026, 1, 1);
        StatisticsRecorder recorder(registry, store, [] { return true; }, [&today] { return today; });
        WeeklyReporter reporter(registry, store, randomReportId);

        // What the phone did, by week and count, capped as the registry caps it.
        QHash<QString, QHash<QString, int>> expected;
        const int actions = 50 + random.bounded(400);
        for (int i = 0; i < actions; ++i) {
            today = today.addDays(random.bounded(3));
            const Metric &metric = registry.metrics.at(random.bounded(registry.metrics.size()));
            QHash<QString, QString> labels;
            for (const MetricLabel &label : metric.labels)
                labels.insert(label.name, label.values.at(random.bounded(label.values.size())));
            REQUIRE(recorder.count(metric.name, labels));
            int &value = expected[isoWeek(today)][countKey(metric.name, labelsObject(labels))];
            value = std::min(value + 1, metric.maxPerWeek);
        }
        const QString area = random.bounded(2) ? QStringLiteral("E08000014") : QString();
        REQUIRE(reporter.fileFinishedWeeks(today.addDays(7), area, QStringLiteral("1.0")));

        const QList<PendingReport> reports = *store.pendingReports();
        CHECK(reports.size() == std::min<qsizetype>(expected.size(), WeeklyReporter::outboxBound));
        QSet<QString> ids;
        for (const PendingReport &report : reports) {
            const QJsonObject body = QJsonDocument::fromJson(report.body).object();
            const std::optional<QString> problem = reportProblem(registry, body);
            INFO(report.body.toStdString());
            CHECK_FALSE(problem);
            CHECK(body.value(QStringLiteral("week")).toString() == report.week);
            ids.insert(body.value(QStringLiteral("report_id")).toString());
            QHash<QString, int> reported;
            for (const QJsonValue &count : body.value(QStringLiteral("counts")).toArray()) {
                const QJsonObject object = count.toObject();
                reported.insert(countKey(object.value(QStringLiteral("metric")).toString(),
                                         object.value(QStringLiteral("labels")).toObject()),
                                object.value(QStringLiteral("value")).toInt());
            }
            CHECK(reported == expected.value(report.week));
        }
        CHECK(ids.size() == reports.size());  // a fresh id for every report
    }
}
