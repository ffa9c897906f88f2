-- Per-server revision stamps, so a site build can skip the servers that read the same as last time without loading
-- them. A stamp is catalog_instance.instance ':' servers.id ':' servers.site_revision, compared for equality only.
--
-- site_revision takes a fresh random 64-bit value (not a count) whenever anything the catalogue reader returns for
-- the server changes. A count would repeat after a backup is restored, or between two copies of one file that both
-- went on being written: revision 7 of the restored copy would then pass for revision 7 of the lost one. Rows that
-- exist before this script keep 0, which cannot clash with anything earlier, since the instance id below is new.

-- The single row names this catalogue file; made here, so a database deleted and created again never repeats a stamp.
CREATE TABLE catalog_instance (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    instance TEXT    NOT NULL CHECK (instance <> '')
);
INSERT INTO catalog_instance (id, instance) VALUES (1, lower(hex(randomblob(16))));

ALTER TABLE servers ADD COLUMN site_revision INTEGER NOT NULL DEFAULT 0;

-- The triggers below only ever update site_revision, which no trigger listens to, so none of them fires another
-- (whatever recursive_triggers says). Every column the reader returns is watched; those it does not return are not:
-- servers.last_seen_run is written by every crawl, even an idle one, and must leave the stamp alone.

CREATE TRIGGER servers_revision_on_insert AFTER INSERT ON servers
BEGIN
    UPDATE servers SET site_revision = random() WHERE id = NEW.id;
END;

-- Only when a value really differs, so a writer that sets a column to what it already holds costs no rebuild.
CREATE TRIGGER servers_revision_on_update
AFTER UPDATE OF slug, name, repository, subfolder, source, description, language, license, stars, default_branch,
    head_commit, last_commit_at, repository_url, archived, topics, updated_at ON servers
WHEN OLD.slug IS NOT NEW.slug OR OLD.name IS NOT NEW.name OR OLD.repository IS NOT NEW.repository
    OR OLD.subfolder IS NOT NEW.subfolder OR OLD.source IS NOT NEW.source OR OLD.description IS NOT NEW.description
    OR OLD.language IS NOT NEW.language OR OLD.license IS NOT NEW.license OR OLD.stars IS NOT NEW.stars
    OR OLD.default_branch IS NOT NEW.default_branch OR OLD.head_commit IS NOT NEW.head_commit
    OR OLD.last_commit_at IS NOT NEW.last_commit_at OR OLD.repository_url IS NOT NEW.repository_url
    OR OLD.archived IS NOT NEW.archived OR OLD.topics IS NOT NEW.topics OR OLD.updated_at IS NOT NEW.updated_at
BEGIN
    UPDATE servers SET site_revision = random() WHERE id = NEW.id;
END;

-- A tool appears, changes its current version, is removed or comes back (first_seen_run is not read, so not watched).
CREATE TRIGGER tools_revision_on_insert AFTER INSERT ON tools
BEGIN
    UPDATE servers SET site_revision = random() WHERE id = NEW.server_id;
END;

CREATE TRIGGER tools_revision_on_update AFTER UPDATE OF server_id, name, current_version, removed_run ON tools
BEGIN
    UPDATE servers SET site_revision = random() WHERE id IN (OLD.server_id, NEW.server_id);
END;

CREATE TRIGGER tools_revision_on_delete AFTER DELETE ON tools
BEGIN
    UPDATE servers SET site_revision = random() WHERE id = OLD.server_id;
END;

-- Every column of a version is read (the current definition, or a line of the history), so any write counts: a new
-- version, or a tool that moved in its file (path, line, method updated in place).
CREATE TRIGGER tool_versions_revision_on_insert AFTER INSERT ON tool_versions
BEGIN
    UPDATE servers SET site_revision = random() WHERE id = (SELECT server_id FROM tools WHERE id = NEW.tool_id);
END;

CREATE TRIGGER tool_versions_revision_on_update AFTER UPDATE ON tool_versions
BEGIN
    UPDATE servers SET site_revision = random()
    WHERE id IN (SELECT server_id FROM tools WHERE id IN (OLD.tool_id, NEW.tool_id));
END;

CREATE TRIGGER tool_versions_revision_on_delete AFTER DELETE ON tool_versions
BEGIN
    UPDATE servers SET site_revision = random() WHERE id = (SELECT server_id FROM tools WHERE id = OLD.tool_id);
END;

-- The label shown is the newest for the current version, chosen by classified_at then id, so any write may change it.
CREATE TRIGGER classifications_revision_on_insert AFTER INSERT ON classifications
BEGIN
    UPDATE servers SET site_revision = random()
    WHERE id = (SELECT t.server_id FROM tool_versions v JOIN tools t ON t.id = v.tool_id WHERE v.id = NEW.tool_version_id);
END;

CREATE TRIGGER classifications_revision_on_update AFTER UPDATE ON classifications
BEGIN
    UPDATE servers SET site_revision = random()
    WHERE id IN (SELECT t.server_id FROM tool_versions v JOIN tools t ON t.id = v.tool_id
                 WHERE v.id IN (OLD.tool_version_id, NEW.tool_version_id));
END;

CREATE TRIGGER classifications_revision_on_delete AFTER DELETE ON classifications
BEGIN
    UPDATE servers SET site_revision = random()
    WHERE id = (SELECT t.server_id FROM tool_versions v JOIN tools t ON t.id = v.tool_id WHERE v.id = OLD.tool_version_id);
END;
