-- The report ids accepted lately, so a report sent again (a phone that never heard the answer)
-- is not counted twice. The id is random and made for one report only, so it says nothing about
-- the phone; it is kept with the day it first arrived and forgotten after 30 days.
CREATE TABLE seen_reports (
    report_id TEXT PRIMARY KEY,
    seen_on   TEXT NOT NULL
) WITHOUT ROWID;

CREATE INDEX seen_reports_by_day ON seen_reports (seen_on);
