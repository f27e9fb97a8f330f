-- The private conflict journal. Each entry is sealed whole (libsodium, see app/crypto): when it
-- happened, who with, what about and every word the parent wrote. Only a random id is in plain
-- text, so the file says nothing, not even how many rows were about money or when rows happened.
CREATE TABLE journal_entries (
    id     TEXT PRIMARY KEY NOT NULL,
    sealed BLOB NOT NULL
);
