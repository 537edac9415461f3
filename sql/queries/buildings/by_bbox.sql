-- Buildings whose footprint intersects a bbox, as one GeoJSON FeatureCollection text (built in SQL: no row parsing);
-- each Feature is building_feature_json (sql/functions), built only for the rows the limit keeps.
-- $1..$4: minLon, minLat, maxLon, maxLat; $5: limit.
WITH hits AS (
  SELECT b.id, building_feature_json(b, s, false, NULL) AS feature, count(*) OVER () AS matched
  FROM buildings b
  LEFT JOIN building_solar s ON s.building_id = b.id
  WHERE b.footprint && ST_MakeEnvelope($1, $2, $3, $4, 4326)
  ORDER BY b.id
  LIMIT $5
)
SELECT json_build_object(
  'type', 'FeatureCollection',
  'numberMatched', coalesce(max(matched), 0),
  'numberReturned', count(*),
  'features', coalesce(json_agg(feature ORDER BY id), '[]'::json)
)::text AS body
FROM hits
