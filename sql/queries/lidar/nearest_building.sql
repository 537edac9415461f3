-- Distance from a LiDAR file's extent to the nearest building [m], NULL when the database holds none.
-- $1..$4: extent in the file's CRS, $5: its SRID.
WITH e AS (SELECT ST_Transform(ST_MakeEnvelope($1, $2, $3, $4, $5), 4326) AS g)
SELECT min(ST_Distance(b.footprint::geography, e.g::geography)) AS distance_m
FROM (SELECT footprint FROM buildings ORDER BY footprint <-> (SELECT ST_Centroid(g) FROM e) LIMIT 5) b, e
