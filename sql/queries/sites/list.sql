-- Every candidate site as a GeoJSON FeatureCollection text.
SELECT json_build_object(
  'type', 'FeatureCollection',
  'features', coalesce(json_agg(json_build_object(
    'type', 'Feature', 'id', s.id,
    'geometry', ST_AsGeoJSON(s.footprint, 7)::json,
    'properties', json_build_object('id', s.id, 'name', s.name, 'kind', s.kind, 'area_ha', round(s.area_ha::numeric, 2),
      'commune', s.commune, 'source', s.source, 'source_id', s.source_id)
  ) ORDER BY s.name), '[]'::json)
)::text AS body
FROM sites s
