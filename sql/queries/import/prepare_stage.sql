-- Reprojects the staged footprints (and LoD2 roof surfaces) to WGS84 and repairs invalid footprints with
-- ST_MakeValid, keeping the polygons. $1: NULL for every staged row, or the one row to prepare when isolating a row
-- that makes GEOS fail. Returns what the caller needs to reject empty, tiny or misplaced footprints.
-- One correlated sub-select per row (no self-join: the temporary table has no statistics, and a join of it with
-- itself can be planned as a nested loop over the whole batch).
UPDATE import_stage s SET (geom, roof, valid, area_m2) = (
  SELECT r.g, r.roof, r.valid, CASE WHEN ST_IsEmpty(r.g) THEN 0 ELSE ST_Area(r.g::geography) END
  FROM (
    SELECT v.roof, v.valid,
      CASE WHEN v.valid THEN v.g ELSE ST_Multi(ST_CollectionExtract(ST_MakeValid(v.g), 3)) END AS g
    FROM (
      SELECT t.g, t.roof, ST_IsValid(t.g) AS valid
      FROM (
        SELECT ST_Transform(ST_SetSRID(ST_GeomFromWKB(decode(s.wkb, 'hex')), s.srid), 4326) AS g,
          CASE WHEN s.roof_wkb IS NULL THEN NULL
            ELSE ST_Transform(ST_SetSRID(ST_GeomFromWKB(decode(s.roof_wkb, 'hex')), s.srid), 4326) END AS roof
      ) AS t
    ) AS v
  ) AS r
)
WHERE $1::int IS NULL OR s.i = $1
RETURNING s.i, s.valid, ST_IsEmpty(s.geom) AS empty, s.area_m2,
  ST_XMin(s.geom) AS xmin, ST_YMin(s.geom) AS ymin, ST_XMax(s.geom) AS xmax, ST_YMax(s.geom) AS ymax
