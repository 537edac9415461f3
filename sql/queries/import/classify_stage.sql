-- Staged rows whose (source, source_id) is already stored: unchanged when the content hash is the same, a duplicate
-- within this file when the stored row was written by this import ($1).
SELECT s.i, old.id, (old.content_hash = s.content_hash) AS unchanged, (old.import_id = $1) AS duplicate
FROM import_stage s
JOIN LATERAL (
  SELECT b.id, b.content_hash, b.import_id FROM buildings b WHERE b.source = s.source AND b.source_id = s.source_id OFFSET 0
) AS old ON true
