-- Ids of organisation $1's buildings matching a selection: cité name ($2), commune ($3), bbox ($4..$7), typologies
-- ($8 text[]), ids ($9 integer[]); NULL means no condition. At most $10.
SELECT b.id FROM buildings b
WHERE b.owner_org = $1
  AND ($2::text IS NULL OR b.cite_name = $2)
  AND ($3::text IS NULL OR b.commune = $3)
  AND ($4::float8 IS NULL OR b.footprint && ST_MakeEnvelope($4, $5, $6, $7, 4326))
  AND ($8::text[] IS NULL OR b.typology = ANY($8))
  AND ($9::integer[] IS NULL OR b.id = ANY($9))
ORDER BY b.id
LIMIT $10
