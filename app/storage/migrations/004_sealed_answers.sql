-- Answers in guides (reflections in the parent's own words, quiz choices, ticks) are private
-- data, sealed with the journal's key like journal entries and bound to their block. Rows in
-- block_answers from before this version are sealed into here and deleted the first time the
-- private data is opened: SQL cannot do it, as the key is never in the database.
CREATE TABLE sealed_block_answers (
    module_id TEXT NOT NULL,
    block_id  TEXT NOT NULL,
    sealed    BLOB NOT NULL,
    PRIMARY KEY (module_id, block_id)
);
