-- Which scanner read a repository's stored servers, so a crawl with improved extractors reads unchanged repositories
-- again. Null for rows written before: unknown, hence read again once.
ALTER TABLE repository_states ADD COLUMN scanner_version TEXT;
