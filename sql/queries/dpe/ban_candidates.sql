-- For each unmatched record of $1 with a house-number BAN point (the v2 CSV gives no type: a BAN house number then
-- says it): the nearest footprint and its distance [m] (0 when
-- the point lies inside), within $2 metres. The index finds the nearest by bounding box (<->), the distance is exact.
SELECT d.number, d.ban_score, d.match_flags, n.id AS building_id, n.distance_m
FROM dpe_records d
CROSS JOIN LATERAL (
  SELECT b.id, ST_Distance(b.footprint::geography, d.ban_point::geography) AS distance_m
  FROM buildings b
  WHERE b.footprint && ST_Expand(d.ban_point, 0.002)
  ORDER BY b.footprint <-> d.ban_point, b.id
  LIMIT 8
) n
WHERE d.number = ANY($1::text[]) AND d.building_id IS NULL AND d.ban_point IS NOT NULL
  AND (d.ban_type = 'housenumber' OR (d.ban_type IS NULL AND d.ban_housenumber IS NOT NULL))
  AND n.distance_m <= $2::float8
ORDER BY d.number, n.distance_m, n.id
