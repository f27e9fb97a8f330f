-- The whole country's counts per week, metric and labels, kept up to date as reports arrive, so the
-- dashboard's national figures are read from a few thousand rows rather than added up from every
-- area's (millions, after a year). Filled from the aggregates already kept.
CREATE TABLE national_aggregates (
    week   TEXT NOT NULL,
    metric TEXT NOT NULL,
    labels TEXT NOT NULL,
    total  INTEGER NOT NULL,
    PRIMARY KEY (week, metric, labels)
);

INSERT INTO national_aggregates (week, metric, labels, total)
    SELECT week, metric, labels, SUM(total) FROM aggregates GROUP BY week, metric, labels;
