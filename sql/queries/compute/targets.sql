-- Buildings in the bbox (or all when $1 is NULL), each flagged when already computed with these settings ($5).
SELECT b.id, ST_X(b.centroid) AS lon, ST_Y(b.centroid) AS lat, (s.building_id IS NOT NULL) AS done
FROM buildings b
LEFT JOIN building_solar s ON s.building_id = b.id AND s.settings_hash = $5
WHERE ($1::float8 IS NULL OR b.footprint && ST_MakeEnvelope($1, $2, $3, $4, 4326))
ORDER BY b.id
