-- Buildings to compute: in the bbox (when given), and not yet computed with these settings (unless forced).
-- $1..$4: bbox or NULLs; $5: settings hash; $6: force.
SELECT b.id, ST_X(b.centroid) AS lon, ST_Y(b.centroid) AS lat
FROM buildings b
LEFT JOIN building_solar s ON s.building_id = b.id AND s.settings_hash = $5
WHERE ($1::float8 IS NULL OR b.footprint && ST_MakeEnvelope($1, $2, $3, $4, 4326))
  AND ($6::boolean OR s.building_id IS NULL)
ORDER BY b.id
