-- The tokens of organisation $1 (slug): ids, labels and dates, never hashes.
SELECT t.id, t.label, t.created_at, t.revoked_at, t.last_used_at
FROM api_tokens t JOIN organisations o ON o.id = t.organisation_id
WHERE o.slug = $1 ORDER BY t.id
