-- The buildings whose footprint meets a bbox, by id, at most $5 of them: each one's id and row version, and the count
-- of all that meet it. The version is the xmin of the buildings row and of its building_solar row (a new one on every
-- insert or update, and none once the results are deleted): the Feature a version was built for
-- (buildings/list_features.sql) is still the building's while the version is the same, so the service keeps it.
-- $1..$4: minLon, minLat, maxLon, maxLat; $5: limit.
SELECT b.id, b.xmin::text || ':' || coalesce(s.xmin::text, '') AS version, count(*) OVER () AS matched
FROM buildings b
LEFT JOIN building_solar s ON s.building_id = b.id
WHERE b.footprint && ST_MakeEnvelope($1, $2, $3, $4, 4326)
ORDER BY b.id
LIMIT $5
