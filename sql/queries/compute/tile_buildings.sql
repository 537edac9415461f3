-- Every building within the tile's envelope grown by the shading reach, with what the roof and shading models need:
-- attributes, the measured roof rise (NULL when not measured), footprint and roof surfaces as GeoJSON (z = metres
-- above the ground), the LiDAR-measured ones first (lidar_roofs), else those of a 3D city model (NULL when none), and
-- what stands on a measured roof (superstructures, in plan).
-- $1..$4: envelope (lon/lat) already grown by the caller.
SELECT b.id, ST_AsGeoJSON(b.footprint, 8) AS footprint, b.height_m, b.levels, b.roof_shape, b.roof_pitch_deg,
  b.roof_direction_deg, b.ridge_azimuth_deg, b.typology, b.usage, b.roof_rise_m,
  ST_AsGeoJSON(coalesce(lr.surfaces, b.roof_surfaces), 8) AS roof_surfaces,
  ST_AsGeoJSON(ST_Multi(lr.superstructures), 8) AS superstructures
FROM buildings b
LEFT JOIN lidar_roofs lr ON lr.building_id = b.id AND lr.status = 'faces'
WHERE b.footprint && ST_MakeEnvelope($1, $2, $3, $4, 4326)
ORDER BY b.id
