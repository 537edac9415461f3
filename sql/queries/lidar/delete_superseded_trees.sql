-- A new survey of an area supersedes the trees found there before (a felled tree leaves the horizons): crowns whose
-- centre lies in the new file's extent are removed. $1..$4: extent in the file's CRS, $5: its SRID.
DELETE FROM lidar_trees
WHERE crown && ST_Transform(ST_MakeEnvelope($1, $2, $3, $4, $5), 4326)
  AND ST_Within(ST_Centroid(crown), ST_Transform(ST_MakeEnvelope($1, $2, $3, $4, $5), 4326))
