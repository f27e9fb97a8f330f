-- The same schema as migrations/sqlite/001_init.sql, for PostgreSQL: only aggregates, never an
-- individual report, phone, IP address or user agent. `labels` is the canonical text form
-- ("key=value;key=value", "" for none); `area` is "" for reports that name no area.
CREATE TABLE aggregates (
    area   TEXT NOT NULL,
    week   TEXT NOT NULL,
    metric TEXT NOT NULL,
    labels TEXT NOT NULL,
    total  BIGINT NOT NULL,
    PRIMARY KEY (area, week, metric, labels)
);

CREATE TABLE reports_per_week (
    area    TEXT NOT NULL,
    week    TEXT NOT NULL,
    reports BIGINT NOT NULL,
    PRIMARY KEY (area, week)
);
