-- One building as a GeoJSON Feature text, or no row.
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
    'centroid', json_build_array(round(ST_X(centroid)::numeric, 7), round(ST_Y(centroid)::numeric, 7))
  )
)::text AS body
FROM buildings
WHERE id = $1
