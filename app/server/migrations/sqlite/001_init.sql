-- The server keeps only aggregates: counts per area, ISO week (e.g. 2025-W07), metric and label
-- set. Nothing about an individual report, phone, IP address or user agent is ever stored.
-- `labels` is the metric's label values in one canonical text form ("" when the metric has none),
-- so the primary key can add a report's counts to the right row.
CREATE TABLE aggregates (
    area   TEXT NOT NULL,
    week   TEXT NOT NULL,
    metric TEXT NOT NULL,
    labels TEXT NOT NULL,
    total  INTEGER NOT NULL,
    PRIMARY KEY (area, week, metric, labels)
);

-- How many reports each area sent per week: the denominator for "active installs" and for
-- suppressing small numbers, kept without knowing which phones sent them.
CREATE TABLE reports_per_week (
    area    TEXT NOT NULL,
    week    TEXT NOT NULL,
    reports INTEGER NOT NULL,
    PRIMARY KEY (area, week)
);
