-- Tree crowns (LiDAR) meeting a bbox as one GeoJSON FeatureCollection text, by id, at most $5 of them, with the count
-- of all that meet it; each with the file it was found in. $1..$4: minLon, minLat, maxLon, maxLat; $5: limit.
WITH hits AS (
  SELECT t.*, count(*) OVER () AS matched
  FROM lidar_trees t
  WHERE t.crown && ST_MakeEnvelope($1, $2, $3, $4, 4326)
  ORDER BY t.id
  LIMIT $5
)
SELECT json_build_object(
  'type', 'FeatureCollection',
  'numberMatched', coalesce(max(h.matched), 0),
  'numberReturned', count(h.id),
  'features', coalesce(json_agg(json_build_object(
    'type', 'Feature',
    'id', h.id,
    'geometry', ST_AsGeoJSON(h.crown, 7)::json,
    'properties', json_build_object(
      'id', h.id, 'top_m', round(h.top_m::numeric, 2), 'base_m', round(h.base_m::numeric, 2),
      'ground_m', round(h.ground_m::numeric, 2), 'point_count', h.point_count, 'source', 'lidar',
      'coverage_id', c.id, 'file_name', c.file_name, 'acquired_on', c.acquired_on
    )
  ) ORDER BY h.id), '[]'::json)
)::text AS body
FROM hits h
JOIN lidar_coverage c ON c.id = h.coverage_id
