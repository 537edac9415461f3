-- Buildings near a LiDAR file lose their computed cadastre (their roofs, or the trees that shade them, changed), so
-- that `cadastre compute` computes them again. $1..$4: extent in the file's CRS, $5: its SRID, $6: reach [m].
WITH e AS (SELECT ST_Transform(ST_Expand(ST_MakeEnvelope($1, $2, $3, $4, $5), $6), 4326) AS g),
  ids AS (SELECT b.id FROM buildings b, e WHERE b.footprint && e.g),
  f AS (DELETE FROM roof_faces WHERE building_id IN (SELECT id FROM ids)),
  s AS (DELETE FROM building_solar WHERE building_id IN (SELECT id FROM ids))
SELECT count(*)::int AS forgotten FROM ids
