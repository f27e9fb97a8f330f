-- The same as migrations/sqlite/004_national.sql: the whole country's counts per week, metric and
-- labels, kept up to date as reports arrive, filled from the aggregates already kept.
CREATE TABLE national_aggregates (
    week   TEXT NOT NULL,
    metric TEXT NOT NULL,
    labels TEXT NOT NULL,
    total  BIGINT NOT NULL,
    PRIMARY KEY (week, metric, labels)
);

INSERT INTO national_aggregates (week, metric, labels, total)
    SELECT week, metric, labels, SUM(total) FROM aggregates GROUP BY week, metric, labels;
