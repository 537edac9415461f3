-- Every building within the tile's envelope grown by the shading reach, with what the roof and shading models need:
-- footprint and roof surfaces (3D city model, NULL when none; z = metres above the ground) as GeoJSON.
-- $1..$4: envelope (lon/lat) already grown by the caller.
SELECT id, ST_AsGeoJSON(footprint, 8) AS footprint, height_m, levels, roof_shape, roof_pitch_deg, roof_direction_deg,
  ridge_azimuth_deg, typology, ST_AsGeoJSON(roof_surfaces, 8) AS roof_surfaces
FROM buildings
WHERE footprint && ST_MakeEnvelope($1, $2, $3, $4, 4326)
ORDER BY id
