-- The search index: rebuilt from the guides (and services) each time the app starts, held in
-- memory, never written to disk. The porter stemmer lets "shouting" find "shout" and "worries"
-- find "worry"; remove_diacritics lets "cafe" find "café".
CREATE VIRTUAL TABLE search_entries USING fts5(
    kind UNINDEXED,
    id UNINDEXED,
    title,
    summary,
    keywords,
    body,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
