-- Every organisation with its buildings and live tokens.
SELECT o.id, o.slug, o.name,
  (SELECT count(*)::int FROM buildings b WHERE b.owner_org = o.id) AS buildings,
  (SELECT count(*)::int FROM api_tokens t WHERE t.organisation_id = o.id AND t.revoked_at IS NULL) AS tokens
FROM organisations o ORDER BY o.slug
