-- Tree crowns (LiDAR) within the tile's envelope grown by the shading reach: outline and top above the ground.
-- $1..$4: envelope (lon/lat) already grown by the caller.
SELECT id, ST_AsGeoJSON(ST_ExteriorRing(crown), 8) AS crown, top_m
FROM lidar_trees
WHERE crown && ST_MakeEnvelope($1, $2, $3, $4, 4326)
ORDER BY id
