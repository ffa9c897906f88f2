-- Two facts a label now carries. Same conventions as 0001: NULL means "not recorded", never "none" or zero, so the
-- labels stored before this script keep NULL in both and read back as written before tags and tokens were kept.
--
-- tags: the rule tags of the label ("messaging", "shell"...), ordinal order, as a JSON array of strings.
-- An empty array is a label the rules gave no tag, which is not the same as NULL.
ALTER TABLE classifications ADD COLUMN tags TEXT; -- JSON array of strings

-- definition_tokens: what the definition costs in an agent's context, counted in the o200k encoding.
ALTER TABLE classifications ADD COLUMN definition_tokens INTEGER CHECK (definition_tokens IS NULL OR definition_tokens >= 0);

-- Both columns are read with the label, so a write to them must move the server's site_revision: the
-- classifications triggers of 0004 fire on any insert, update or delete of a row, whichever column it touches.
