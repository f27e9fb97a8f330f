-- Weekly reports waiting to be sent, each exactly as it will go (its body is the JSON sent, with
-- its own random report_id), so a retry after the app was killed sends the same report again and
-- the server can tell it has it already. `dropped` counts reports thrown away because the outbox
-- was full (oldest first), so the app can say so.
CREATE TABLE stat_outbox (
    report_id TEXT PRIMARY KEY NOT NULL,
    week      TEXT NOT NULL,
    body      TEXT NOT NULL
);
CREATE TABLE stat_outbox_dropped (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    dropped INTEGER NOT NULL
);
INSERT INTO stat_outbox_dropped (id, dropped) VALUES (1, 0);
