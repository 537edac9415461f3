-- Buildings whose footprint meets a LiDAR file's extent, with the footprint in the file's CRS as GeoJSON (3 decimals:
-- millimetres). $1..$4: extent in the file's CRS, $5: its SRID.
WITH e AS (SELECT ST_Transform(ST_MakeEnvelope($1, $2, $3, $4, $5), 4326) AS g)
SELECT b.id, ST_AsGeoJSON(ST_Transform(b.footprint, $5::int), 3) AS footprint
FROM buildings b, e
WHERE b.footprint && e.g AND ST_Intersects(b.footprint, e.g)
ORDER BY b.id
