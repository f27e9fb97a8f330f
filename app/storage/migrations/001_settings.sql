-- The parent's choices: area, family situation, privacy. One row per setting, so adding a
-- setting later needs no migration.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
