-- One building as a GeoJSON Feature text, or no row; its private attributes only when $2 is its owner organisation.
SELECT json_build_object(
  'type', 'Feature',
  'id', id,
  'geometry', ST_AsGeoJSON(footprint, 7)::json,
  'properties', json_build_object(
    'id', id, 'height_m', height_m, 'height_estimated', height_estimated, 'levels', levels,
    'roof_shape', roof_shape, 'roof_pitch_deg', roof_pitch_deg, 'roof_direction_deg', roof_direction_deg,
    'ridge_azimuth_deg', ridge_azimuth_deg, 'footprint_area_m2', round(footprint_area_m2::numeric, 2),
    'typology', typology, 'year_built', year_built, 'address', address, 'address_synthetic', address_synthetic,
    'name', name, 'commune', commune, 'commune_insee', commune_insee, 'owner_name', owner_name,
    'cite_name', cite_name, 'unesco', unesco, 'source', source, 'source_id', source_id, 'dwellings', dwellings,
    'usage', usage, 'attributes', attributes,
    'private_attributes', CASE WHEN $2::integer IS NOT NULL AND b.owner_org = $2 THEN b.private_attributes END,
    'centroid', json_build_array(round(ST_X(b.centroid)::numeric, 7), round(ST_Y(b.centroid)::numeric, 7)),
    'solar', CASE WHEN s.building_id IS NULL THEN NULL ELSE json_build_object(
      'mean_kwh_m2', round(s.mean_kwh_m2::numeric, 1), 'best_kwh_m2', round(s.best_kwh_m2::numeric, 1),
      'roof_area_m2', round(s.roof_area_m2::numeric, 1), 'usable_area_m2', round(s.usable_area_m2::numeric, 1),
      'usable_kwh', round(s.usable_kwh::numeric), 'shading_loss_pct', round(s.shading_loss_pct::numeric, 1),
      'computed_at', s.computed_at
    ) END,
    'roof_faces', coalesce((
      SELECT json_agg(json_build_object(
        'face_index', f.face_index, 'tilt_deg', round(f.tilt_deg::numeric, 1), 'azimuth_deg', round(f.azimuth_deg::numeric, 1),
        'area_m2', round(f.area_m2::numeric, 2), 'annual_kwh_m2', round(f.annual_kwh_m2::numeric, 1),
        'monthly_kwh_m2', f.monthly_kwh_m2, 'deciles_kwh_m2', f.deciles_kwh_m2,
        'unshaded_annual_kwh_m2', round(f.unshaded_annual_kwh_m2::numeric, 1),
        'shading_loss_pct', round(f.shading_loss_pct::numeric, 1), 'sky_view_factor', round(f.sky_view_factor::numeric, 3),
        'usable_area_m2', round(f.usable_area_m2::numeric, 2),
        'ring', ST_AsGeoJSON(f.ring, 8)::json
      ) ORDER BY f.face_index)
      FROM roof_faces f WHERE f.building_id = b.id
    ), '[]'::json)
  )
)::text AS body
FROM buildings b
LEFT JOIN building_solar s ON s.building_id = b.id
WHERE b.id = $1
