-- As migrations/sqlite/002_seen_reports.sql: report ids accepted lately (random, one per report),
-- with the day each first arrived, forgotten after 30 days. Its primary key is what makes two
-- server processes racing on one report count it once.
CREATE TABLE seen_reports (
    report_id TEXT PRIMARY KEY,
    seen_on   TEXT NOT NULL
);

CREATE INDEX seen_reports_by_day ON seen_reports (seen_on);
