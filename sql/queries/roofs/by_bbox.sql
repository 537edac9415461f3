-- Roof faces of the buildings in a bbox, for the 3D heat-map: 3D ring (z = m above ground), orientation, results and
-- the per-cell annual irradiation grid (rounded to 1 kWh/m², null outside the face). $1..$4 bbox, $5 building limit.
-- numberMatched / numberReturned count computed buildings (those with roof faces), as the building list does.
WITH b AS (
  SELECT s.building_id AS id, count(*) OVER () AS matched
  FROM buildings bl
  JOIN building_solar s ON s.building_id = bl.id
  WHERE bl.footprint && ST_MakeEnvelope($1, $2, $3, $4, 4326)
  ORDER BY s.building_id
  LIMIT $5
)
SELECT json_build_object(
  'type', 'FeatureCollection',
  'numberMatched', coalesce((SELECT max(matched) FROM b), 0),
  'numberReturned', (SELECT count(*) FROM b),
  'features', coalesce(json_agg(json_build_object(
    'type', 'Feature',
    'geometry', ST_AsGeoJSON(f.ring, 8)::json,
    'properties', json_build_object(
      'building_id', f.building_id, 'face_index', f.face_index,
      'tilt_deg', round(f.tilt_deg::numeric, 1), 'azimuth_deg', round(f.azimuth_deg::numeric, 1),
      'area_m2', round(f.area_m2::numeric, 2), 'annual_kwh_m2', round(f.annual_kwh_m2::numeric, 1),
      'shading_loss_pct', round(f.shading_loss_pct::numeric, 1),
      'grid_spacing_m', f.grid_spacing_m, 'grid_nu', f.grid_nu, 'grid_nv', f.grid_nv,
      'sample_kwh_m2', (SELECT json_agg(round(x::numeric) ORDER BY n) FROM unnest(f.sample_kwh_m2) WITH ORDINALITY AS u(x, n))
    )
  ) ORDER BY f.building_id, f.face_index), '[]'::json)
)::text AS body
FROM roof_faces f
JOIN b ON b.id = f.building_id
