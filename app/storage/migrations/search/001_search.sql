-- The search index: filled from the guides (and services) on the first search and again after
-- the parent's settings change, held in memory, never written to disk. The porter stemmer lets "shouting" find "shout" and "worries"
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
