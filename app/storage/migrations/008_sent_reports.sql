-- The phone's own copy of the last few reports the server accepted, exactly as they went, so the
-- parent can see what was sent (More, Privacy, "What we have sent"). Only the day it went is kept
-- beside it, and only on the phone. Switching statistics off deletes these too.
CREATE TABLE stat_sent (
    report_id TEXT PRIMARY KEY NOT NULL,
    week      TEXT NOT NULL,
    body      TEXT NOT NULL,
    sent_on   TEXT NOT NULL
);

-- What has already been filed for a week, so a week filed early (--upload-now counts the current
-- week as finished) never reports more than a metric's weekly most in total when the rest of the
-- week is filed later: "used this week" stays 1 however often it is filed. Only the newest weeks
-- are kept.
CREATE TABLE stat_filed (
    week   TEXT NOT NULL,
    metric TEXT NOT NULL,
    labels TEXT NOT NULL,
    value  INTEGER NOT NULL,
    PRIMARY KEY (week, metric, labels)
);
