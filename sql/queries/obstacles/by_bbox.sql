-- Obstacles (slag heaps) intersecting a bbox as one GeoJSON FeatureCollection text.
SELECT json_build_object(
  'type', 'FeatureCollection',
  'numberMatched', count(*),
  'numberReturned', count(*),
  'features', coalesce(json_agg(json_build_object(
    'type', 'Feature',
    'id', id,
    'geometry', ST_AsGeoJSON(footprint, 7)::json,
    'properties', json_build_object(
      'id', id, 'kind', kind, 'name', name, 'height_m', height_m, 'shape', shape, 'top_ratio', top_ratio,
      'height_source', height_source, 'source', source, 'source_id', source_id
    )
  ) ORDER BY id), '[]'::json)
)::text AS body
FROM obstacles
WHERE footprint && ST_MakeEnvelope($1, $2, $3, $4, 4326)
