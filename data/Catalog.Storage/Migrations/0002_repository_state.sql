-- Incremental, resumable GitHub crawls. Same conventions as 0001.

-- One row per repository ever crawled: what the next run sends as conditions (etag) and compares with (head_commit).
-- A failed attempt keeps the etag and head commit of the last success, so nothing half-done is ever trusted.
CREATE TABLE repository_states (
    repository  TEXT    NOT NULL PRIMARY KEY COLLATE NOCASE CHECK (repository <> ''),
    github_id   INTEGER,
    etag        TEXT,
    head_commit TEXT,
    status      TEXT    NOT NULL CHECK (status IN ('fetched', 'gone', 'failed', 'skipped')),
    reason      TEXT,
    last_run    INTEGER NOT NULL REFERENCES crawl_runs (id),
    checked_at  TEXT    NOT NULL
);

-- A 304 for a repository touches all of its servers; GitHub compares names without case, so does the index.
CREATE INDEX ix_servers_repository ON servers (repository COLLATE NOCASE);

-- Responses replayed when a conditional request answers 304 (search pages, awesome-list READMEs).
CREATE TABLE response_cache (
    key       TEXT NOT NULL PRIMARY KEY,
    etag      TEXT NOT NULL,
    body      TEXT NOT NULL,
    link      TEXT,
    stored_at TEXT NOT NULL
);
