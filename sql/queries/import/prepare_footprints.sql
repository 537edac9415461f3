-- Reprojects checked footprints to WGS84 and repairs invalid ones with ST_MakeValid (polygons kept).
-- $1: jsonb array of {"i": index, "g": GeoJSON geometry text, "srid": EPSG code}.
WITH input AS (
  SELECT (e->>'i')::int AS i, ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(e->>'g'), (e->>'srid')::int), 4326) AS g
  FROM jsonb_array_elements($1::jsonb) AS e
), checked AS (
  SELECT i, g, ST_IsValid(g) AS valid FROM input
), repaired AS (
  SELECT i, valid, CASE WHEN valid THEN g ELSE ST_CollectionExtract(ST_MakeValid(g), 3) END AS g FROM checked
)
SELECT
  i,
  valid,
  ST_IsEmpty(g) AS empty,
  CASE WHEN ST_IsEmpty(g) THEN NULL ELSE ST_AsGeoJSON(ST_Multi(g), 9) END AS geojson,
  CASE WHEN ST_IsEmpty(g) THEN 0 ELSE ST_Area(g::geography) END AS area_m2,
  ST_XMin(g) AS xmin, ST_YMin(g) AS ymin, ST_XMax(g) AS xmax, ST_YMax(g) AS ymax
FROM repaired
ORDER BY i
