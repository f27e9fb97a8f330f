-- Progress check-ins. Each is sealed whole with the journal's key (its date, the stage it counted
-- for and every answer); only a random id is in plain text. When check-ins fall due is kept in
-- settings instead, so Home can offer one while the private data is locked.
CREATE TABLE checkins (
    id     TEXT PRIMARY KEY NOT NULL,
    sealed BLOB NOT NULL
);
