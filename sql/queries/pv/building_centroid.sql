-- A building's centroid [lon, lat].
SELECT ST_X(centroid) AS lon, ST_Y(centroid) AS lat FROM buildings WHERE id = $1
