-- The live token with this hash ($1) and its organisation; marks it used (at most once a minute).
WITH hit AS (
  SELECT t.id, t.organisation_id, t.last_used_at FROM api_tokens t WHERE t.token_hash = $1 AND t.revoked_at IS NULL
),
touched AS (
  UPDATE api_tokens SET last_used_at = now()
  WHERE id = (SELECT id FROM hit) AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')
  RETURNING id
)
SELECT h.id AS token_id, o.id AS organisation_id, o.slug, o.name, (SELECT count(*) FROM touched)::int AS touched
FROM hit h JOIN organisations o ON o.id = h.organisation_id
