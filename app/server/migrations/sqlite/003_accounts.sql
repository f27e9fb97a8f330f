-- The people who may see the dashboard: council coordinators and administrators, each limited to
-- one area, one region or the whole country. Only an Argon2id hash of each password is kept.
CREATE TABLE users (
    email         TEXT PRIMARY KEY,  -- lower case
    password_hash TEXT NOT NULL,     -- libsodium's crypto_pwhash_str
    role          TEXT NOT NULL,     -- coordinator | admin
    scope         TEXT NOT NULL,     -- area | region | national
    scope_name    TEXT NOT NULL      -- the area's ONS code, the region's name, or '' for national
);

-- Signed-in sessions. Only a hash of each session's secret is kept, so a copy of the database
-- cannot be used to sign in as anyone.
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    email      TEXT NOT NULL REFERENCES users (email) ON DELETE CASCADE,
    expires_at BIGINT NOT NULL       -- seconds since 1970, UTC
);
