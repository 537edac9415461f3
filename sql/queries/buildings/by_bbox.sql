-- Buildings whose footprint intersects a bbox, as one GeoJSON FeatureCollection text (built in SQL: no row parsing).
-- $1..$4: minLon, minLat, maxLon, maxLat; $5: limit.
WITH hits AS (
  SELECT b.*, count(*) OVER () AS matched
  FROM buildings b
  WHERE b.footprint && ST_MakeEnvelope($1, $2, $3, $4, 4326)
  ORDER BY b.id
  LIMIT $5
)
SELECT json_build_object(
  'type', 'FeatureCollection',
  'numberMatched', coalesce(max(matched), 0),
  'numberReturned', count(*),
  'features', coalesce(json_agg(json_build_object(
    'type', 'Feature',
    'id', id,
    'geometry', ST_AsGeoJSON(footprint, 7)::json,
    'properties', json_build_object(
      'id', id, 'height_m', height_m, 'height_estimated', height_estimated, 'levels', levels,
      'roof_shape', roof_shape, 'roof_pitch_deg', roof_pitch_deg, 'roof_direction_deg', roof_direction_deg,
      'ridge_azimuth_deg', ridge_azimuth_deg, 'footprint_area_m2', round(footprint_area_m2::numeric, 2),
      'typology', typology, 'year_built', year_built, 'address', address, 'address_synthetic', address_synthetic,
      'name', name, 'commune', commune, 'owner_name', owner_name, 'cite_name', cite_name, 'unesco', unesco,
      'source', source
    )
  ) ORDER BY id), '[]'::json)
)::text AS body
FROM hits
