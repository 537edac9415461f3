-- Every building within the tile's envelope grown by the shading reach, with what the roof and shading models need.
-- $1..$4: envelope (lon/lat) already grown by the caller.
SELECT id, ST_AsGeoJSON(footprint, 8) AS footprint, height_m, levels, roof_shape, roof_pitch_deg, roof_direction_deg,
  ridge_azimuth_deg, typology
FROM buildings
WHERE footprint && ST_MakeEnvelope($1, $2, $3, $4, 4326)
ORDER BY id
