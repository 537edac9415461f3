-- Reprojects the staged footprints (and LoD2 roof surfaces) to WGS84 and repairs invalid footprints with
-- ST_MakeValid, keeping the polygons. $1: the staged rows to prepare (all of them, or one when isolating a row that
-- makes GEOS fail). Returns what the caller needs to reject empty, tiny or misplaced footprints.
WITH t AS (
  SELECT i,
    ST_Transform(ST_SetSRID(ST_GeomFromWKB(decode(wkb, 'hex')), srid), 4326) AS g,
    CASE WHEN roof_wkb IS NULL THEN NULL
      ELSE ST_Transform(ST_SetSRID(ST_GeomFromWKB(decode(roof_wkb, 'hex')), srid), 4326) END AS roof
  FROM import_stage WHERE i = ANY($1::int[])
), v AS (
  SELECT i, g, roof, ST_IsValid(g) AS valid FROM t
), r AS (
  SELECT i, roof, valid, CASE WHEN valid THEN g ELSE ST_Multi(ST_CollectionExtract(ST_MakeValid(g), 3)) END AS g FROM v
)
UPDATE import_stage s SET
  geom = r.g,
  roof = r.roof,
  valid = r.valid,
  area_m2 = CASE WHEN ST_IsEmpty(r.g) THEN 0 ELSE ST_Area(r.g::geography) END
FROM r WHERE r.i = s.i
RETURNING s.i, s.valid, ST_IsEmpty(s.geom) AS empty, s.area_m2,
  ST_XMin(s.geom) AS xmin, ST_YMin(s.geom) AS ymin, ST_XMax(s.geom) AS xmax, ST_YMax(s.geom) AS ymax
