-- How far the parent has got in each module, what they answered in its blocks, and the
-- "try this week" ideas they chose. Reflection answers are the parent's own words: they never
-- leave the phone.
CREATE TABLE module_progress (
    module_id TEXT PRIMARY KEY NOT NULL,
    section   INTEGER NOT NULL DEFAULT 0 CHECK (section >= 0),
    completed INTEGER NOT NULL DEFAULT 0 CHECK (completed IN (0, 1)),
    helpful   INTEGER CHECK (helpful IN (0, 1))
);

CREATE TABLE block_answers (
    module_id TEXT NOT NULL,
    block_id  TEXT NOT NULL,
    answer    TEXT NOT NULL,
    PRIMARY KEY (module_id, block_id)
);

CREATE TABLE commitments (
    module_id  TEXT NOT NULL,
    block_id   TEXT NOT NULL,
    chosen_on  TEXT NOT NULL,
    done       INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    PRIMARY KEY (module_id, block_id)
);
