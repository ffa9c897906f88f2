-- The first schema of the catalogue. Conventions:
--   * timestamps are ISO-8601 UTC text with seven fraction digits and a 'Z' (fixed width, so text order is time order);
--   * enums are stored as lower-case words, never as numbers, so a renumbered C# enum cannot corrupt old rows;
--   * booleans are 0/1 integers; an absent hint or fact is NULL ("not known"), never 0;
--   * rows are never deleted: a tool that disappears is marked removed and its history stays.

-- One row per stage run (crawl, classify, nightly). Every other row names the run that wrote it.
CREATE TABLE crawl_runs (
    id                INTEGER PRIMARY KEY,
    kind              TEXT    NOT NULL,
    source            TEXT    NOT NULL,
    started_at        TEXT    NOT NULL,
    finished_at       TEXT,
    status            TEXT    NOT NULL CHECK (status IN ('running', 'succeeded', 'partially_failed', 'failed')),
    servers_seen      INTEGER NOT NULL DEFAULT 0,
    servers_new       INTEGER NOT NULL DEFAULT 0,
    servers_changed   INTEGER NOT NULL DEFAULT 0,
    servers_unchanged INTEGER NOT NULL DEFAULT 0,
    servers_failed    INTEGER NOT NULL DEFAULT 0,
    tools_added       INTEGER NOT NULL DEFAULT 0,
    tools_changed     INTEGER NOT NULL DEFAULT 0,
    tools_removed     INTEGER NOT NULL DEFAULT 0,
    requests          INTEGER NOT NULL DEFAULT 0
);

-- What a run passed over, and why. path is NULL when the whole repository was skipped.
CREATE TABLE crawl_skips (
    id         INTEGER PRIMARY KEY,
    run_id     INTEGER NOT NULL REFERENCES crawl_runs (id),
    repository TEXT    NOT NULL,
    path       TEXT,
    reason     TEXT    NOT NULL
);
CREATE INDEX ix_crawl_skips_run ON crawl_skips (run_id, id);

-- One row per server; identity and the repository facts seen by the latest run that changed them.
-- Later GitHub metadata (forks, issues, release dates, ETags) gets its own columns or a side table keyed by server id.
CREATE TABLE servers (
    id             INTEGER PRIMARY KEY,
    slug           TEXT    NOT NULL UNIQUE CHECK (slug <> ''),
    name           TEXT    NOT NULL,
    repository     TEXT    NOT NULL,
    subfolder      TEXT    NOT NULL,
    source         TEXT    NOT NULL,
    description    TEXT,
    language       TEXT,
    license        TEXT,
    stars          INTEGER,
    default_branch TEXT,
    head_commit    TEXT,
    last_commit_at TEXT,
    repository_url TEXT,
    archived       INTEGER NOT NULL CHECK (archived IN (0, 1)),
    topics         TEXT    NOT NULL, -- JSON array of strings
    first_seen_run INTEGER NOT NULL REFERENCES crawl_runs (id),
    last_seen_run  INTEGER NOT NULL REFERENCES crawl_runs (id),
    -- Moves only when the server or one of its tools changed, so an idle rerun leaves it alone.
    updated_at     TEXT    NOT NULL,
    updated_run    INTEGER NOT NULL REFERENCES crawl_runs (id)
);

-- One row per tool name a server has ever exposed. current_version points into tool_versions (tool_id, version).
-- removed_run is NULL while the tool is in the latest snapshot of its server.
CREATE TABLE tools (
    id              INTEGER PRIMARY KEY,
    server_id       INTEGER NOT NULL REFERENCES servers (id),
    name            TEXT    NOT NULL CHECK (name <> ''),
    current_version INTEGER NOT NULL CHECK (current_version >= 1),
    first_seen_run  INTEGER NOT NULL REFERENCES crawl_runs (id),
    removed_run     INTEGER REFERENCES crawl_runs (id),
    UNIQUE (server_id, name)
);

-- Every distinct definition a tool has had, numbered 1..n. This is the history a rug pull shows up in.
-- path, line and method say where the current copy is; they are not part of content_hash.
CREATE TABLE tool_versions (
    id               INTEGER PRIMARY KEY,
    tool_id          INTEGER NOT NULL REFERENCES tools (id),
    version          INTEGER NOT NULL CHECK (version >= 1),
    content_hash     TEXT    NOT NULL,
    title            TEXT,
    description      TEXT    NOT NULL,
    input_schema     TEXT    NOT NULL,
    read_only_hint   INTEGER CHECK (read_only_hint IN (0, 1)),
    destructive_hint INTEGER CHECK (destructive_hint IN (0, 1)),
    idempotent_hint  INTEGER CHECK (idempotent_hint IN (0, 1)),
    open_world_hint  INTEGER CHECK (open_world_hint IN (0, 1)),
    path             TEXT    NOT NULL,
    line             INTEGER NOT NULL CHECK (line >= 0),
    method           TEXT    NOT NULL,
    crawl_run        INTEGER NOT NULL REFERENCES crawl_runs (id),
    first_seen_at    TEXT    NOT NULL,
    UNIQUE (tool_id, version)
);

-- Labels, one per tool version and classifier version, so a new classifier re-labels everything once
-- and the old labels stay for comparison.
CREATE TABLE classifications (
    id                 INTEGER PRIMARY KEY,
    tool_version_id    INTEGER NOT NULL REFERENCES tool_versions (id),
    classifier_version TEXT    NOT NULL,
    category           TEXT    NOT NULL CHECK (category IN ('read', 'write', 'execute')),
    destructive        INTEGER NOT NULL CHECK (destructive IN (0, 1)),
    financial          INTEGER NOT NULL CHECK (financial IN (0, 1)),
    sensitive          INTEGER NOT NULL CHECK (sensitive IN (0, 1)),
    risk               TEXT    NOT NULL CHECK (risk IN ('low', 'medium', 'high', 'critical')),
    confidence         REAL    NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
    reasons            TEXT    NOT NULL, -- JSON array of {"ruleId","text"}
    run_id             INTEGER NOT NULL REFERENCES crawl_runs (id),
    classified_at      TEXT    NOT NULL,
    UNIQUE (tool_version_id, classifier_version)
);
CREATE INDEX ix_classifications_latest ON classifications (tool_version_id, classified_at DESC, id DESC);

-- The feed: every tool that appeared, changed or disappeared, with the version it had then.
CREATE TABLE tool_changes (
    id      INTEGER PRIMARY KEY,
    run_id  INTEGER NOT NULL REFERENCES crawl_runs (id),
    tool_id INTEGER NOT NULL REFERENCES tools (id),
    kind    TEXT    NOT NULL CHECK (kind IN ('added', 'changed', 'removed')),
    version INTEGER NOT NULL,
    at      TEXT    NOT NULL
);
CREATE INDEX ix_tool_changes_newest ON tool_changes (at DESC, id DESC);

-- Things worth a reader's attention (tool poisoning, rug pulls, contradicting annotations, live introspection
-- disagreeing with the source). tool_version_id is NULL for a server-wide finding.
CREATE TABLE findings (
    id              INTEGER PRIMARY KEY,
    server_id       INTEGER NOT NULL REFERENCES servers (id),
    tool_version_id INTEGER REFERENCES tool_versions (id),
    kind            TEXT    NOT NULL,
    severity        TEXT    NOT NULL CHECK (severity IN ('info', 'warning', 'error')),
    message         TEXT    NOT NULL,
    run_id          INTEGER NOT NULL REFERENCES crawl_runs (id),
    found_at        TEXT    NOT NULL
);
CREATE INDEX ix_findings_server ON findings (server_id);
CREATE INDEX ix_findings_tool_version ON findings (tool_version_id);
