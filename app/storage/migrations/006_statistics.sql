-- Anonymous usage counts waiting for their weekly report, kept only while the parent has agreed
-- to share them. One row per ISO week, metric and label set; `labels` is the label values as a
-- JSON object with its keys in order ("{}" for none), so the same labels always meet the same
-- row. No times finer than the week, no identifiers, no free text.
CREATE TABLE stat_counts (
    week   TEXT NOT NULL,
    metric TEXT NOT NULL,
    labels TEXT NOT NULL,
    value  INTEGER NOT NULL,
    PRIMARY KEY (week, metric, labels)
);
