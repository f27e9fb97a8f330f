#pragma once

#include "smallregistry.h"
#include "core/statisticsrecorder.h"
#include "core/weeklyreporter.h"
#include "storage/appschema.h"
#include "storage/database.h"
#include "storage/sqlitestatisticsstore.h"

#include <catch2/catch.hpp>

#include <memory>

// A phone's statistics in a database of its own (in memory): counting with consent, and weeks
// filed into the outbox as the app files them.
struct OutboxFixture {
    cg::Database db;
    std::unique_ptr<cg::SqliteStatisticsStore> store;
    cg::MetricRegistry registry = smallRegistry();
    QDate today{2026, 1, 5};  // Monday of 2026-W02
    std::unique_ptr<cg::StatisticsRecorder> recorder;
    std::unique_ptr<cg::WeeklyReporter> reporter;

    OutboxFixture()
    {
        REQUIRE(db.open(QStringLiteral(":memory:"), cg::appMigrations()));
        store = std::make_unique<cg::SqliteStatisticsStore>(db.connection());
        recorder = std::make_unique<cg::StatisticsRecorder>(registry, *store, [] { return true; },
                                                            [this] { return today; });
        reporter = std::make_unique<cg::WeeklyReporter>(registry, *store, cg::randomReportId);
    }

    // The app used in each of the next `weeks` weeks, then those weeks filed as reports.
    void useForWeeks(int weeks)
    {
        for (int week = 0; week < weeks; ++week) {
            REQUIRE(recorder->count(QStringLiteral("app.active")));
            today = today.addDays(7);
        }
        REQUIRE(reporter->fileFinishedWeeks(today, QStringLiteral("E08000014"), QStringLiteral("1.0")));
    }

    QStringList waitingIds()
    {
        QStringList ids;
        const std::optional<QList<cg::PendingReport>> pending = store->pendingReports();
        REQUIRE(pending);
        for (const cg::PendingReport &report : *pending)
            ids << report.reportId;
        return ids;
    }
};
