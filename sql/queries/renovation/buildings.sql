-- What the heat balance needs of the buildings whose ids are in $1 (integer[]), one JSON text per building: attributes,
-- walls (building_envelope; NULL when not computed yet), the roof faces' total area and the typical year of its
-- cadastre (NULL when not computed).
SELECT json_build_object(
  'id', b.id, 'lon', ST_X(b.centroid), 'lat', ST_Y(b.centroid), 'typology', b.typology, 'year_built', b.year_built, 'levels', b.levels, 'height_m', b.height_m,
  'footprint_area_m2', b.footprint_area_m2, 'roof_shape', b.roof_shape, 'dwellings', b.dwellings, 'usage', b.usage,
  'unesco', b.unesco, 'owner_org', b.owner_org, 'owner_name', b.owner_name, 'address', b.address,
  'envelope', CASE WHEN e.building_id IS NULL THEN NULL ELSE json_build_object(
    'perimeter_m', e.perimeter_m, 'shared_wall_m', e.shared_wall_m, 'exposed_wall_m', e.exposed_wall_m,
    'obstruction_deg', e.obstruction_deg) END,
  'weather_id', s.weather_id
)::text AS body
FROM buildings b
LEFT JOIN building_envelope e ON e.building_id = b.id
LEFT JOIN building_solar s ON s.building_id = b.id
WHERE b.id = ANY($1::integer[])
ORDER BY b.id
