-- Buildings whose footprint intersects a bbox, as one GeoJSON FeatureCollection text (built in SQL: no row parsing).
-- $1..$4: minLon, minLat, maxLon, maxLat; $5: limit.
WITH hits AS (
  SELECT b.*, s.mean_kwh_m2, s.best_kwh_m2, s.usable_area_m2, s.usable_kwh, s.roof_area_m2,
    s.shading_loss_pct AS solar_shading_loss_pct, count(*) OVER () AS matched
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
      'source', source,
      'solar', CASE WHEN mean_kwh_m2 IS NULL THEN NULL ELSE json_build_object(
        'mean_kwh_m2', round(mean_kwh_m2::numeric, 1), 'best_kwh_m2', round(best_kwh_m2::numeric, 1),
        'roof_area_m2', round(roof_area_m2::numeric, 1), 'usable_area_m2', round(usable_area_m2::numeric, 1),
        'usable_kwh', round(usable_kwh::numeric), 'shading_loss_pct', round(solar_shading_loss_pct::numeric, 1)
      ) END
    )
  ) ORDER BY id), '[]'::json)
)::text AS body
FROM hits
