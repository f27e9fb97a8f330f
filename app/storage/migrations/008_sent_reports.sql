-- The phone's own copy of the last few reports the server accepted, exactly as they went, so the
-- parent can see what was sent (More, Privacy, "What we have sent"). Only the day it went is kept
-- beside it, and only on the phone. Switching statistics off deletes these too.
CREATE TABLE stat_sent (
    report_id TEXT PRIMARY KEY NOT NULL,
    week      TEXT NOT NULL,
    body      TEXT NOT NULL,
    sent_on   TEXT NOT NULL
);
