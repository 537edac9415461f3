-- Ids of buildings without walls in building_envelope, optionally within a bbox ($1..$4, all NULL for every building),
-- at most $5, with ids above $6 (a cursor, so that a building whose walls cannot be measured is passed over).
SELECT b.id FROM buildings b
WHERE NOT EXISTS (SELECT 1 FROM building_envelope e WHERE e.building_id = b.id)
  AND ($1::float8 IS NULL OR b.footprint && ST_MakeEnvelope($1, $2, $3, $4, 4326))
  AND b.id > $6
ORDER BY b.id
LIMIT $5
