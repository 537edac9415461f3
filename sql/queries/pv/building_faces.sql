-- A building with its computed roof faces for the PV estimate, as one JSON text: rings as hex EWKB (PolygonZ, z =
-- metres above ground; cheaper to print than GeoJSON on the embedded engine), sample grids, mean horizons, the
-- typical year its cadastre used, what an installation's VAT depends on (usage, dwellings, year built) and the
-- exposed walls by facade sector (a plug-in kit's wall spot); no row when the building is unknown, weather_id NULL
-- when not computed. No PostGIS function runs: the caller takes its local frame's origin from the first face.
SELECT json_build_object(
  'id', b.id, 'weather_id', s.weather_id, 'usage', b.usage, 'dwellings', b.dwellings, 'year_built', b.year_built,
  'walls', (SELECT json_build_object('exposed_wall_m', e.exposed_wall_m, 'obstruction_deg', e.obstruction_deg)
            FROM building_envelope e WHERE e.building_id = b.id),
  'faces', coalesce((
    SELECT json_agg(json_build_object(
      'face_index', f.face_index, 'ring_ewkb', f.ring::text,
      'tilt_deg', f.tilt_deg, 'azimuth_deg', f.azimuth_deg, 'area_m2', f.area_m2, 'plan_area_m2', f.plan_area_m2,
      'grid_spacing_m', f.grid_spacing_m, 'grid_nu', f.grid_nu, 'grid_nv', f.grid_nv,
      'sample_kwh_m2', f.sample_kwh_m2, 'horizon_deg', f.horizon_deg, 'sky_view_factor', f.sky_view_factor
    ) ORDER BY f.face_index)
    FROM roof_faces f WHERE f.building_id = b.id
  ), '[]'::json)
)::text AS body
FROM buildings b
LEFT JOIN building_solar s ON s.building_id = b.id
WHERE b.id = $1
