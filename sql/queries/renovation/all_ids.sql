-- Ids of every building, or of those within a bbox ($1..$4, all NULL for every building).
SELECT id FROM buildings
WHERE $1::float8 IS NULL OR footprint && ST_MakeEnvelope($1, $2, $3, $4, 4326)
ORDER BY id
