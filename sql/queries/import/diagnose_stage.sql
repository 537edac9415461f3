-- Why staged records ($2: their positions) were left out by write_stage: unchanged (same content hash), a duplicate
-- within this import ($1), or their footprint's checks after reprojection and repair.
SELECT s.i, old.id, (old.content_hash = s.content_hash) AS unchanged, (old.import_id = $1) AS duplicate,
  ST_IsEmpty(r.g) AS empty, CASE WHEN ST_IsEmpty(r.g) THEN 0 ELSE ST_Area(r.g::geography) END AS area_m2,
  ST_XMin(r.g) AS xmin, ST_YMin(r.g) AS ymin, ST_XMax(r.g) AS xmax, ST_YMax(r.g) AS ymax
FROM import_stage s
JOIN unnest($2::int[]) AS m(i) ON m.i = s.i
LEFT JOIN LATERAL (
  SELECT b.id, b.content_hash, b.import_id FROM buildings b WHERE b.source = s.source AND b.source_id = s.source_id OFFSET 0
) AS old ON true
-- The footprint is only rebuilt for records that are neither unchanged nor duplicates (a re-import leaves out every
-- record: no geometry work for them).
LEFT JOIN LATERAL (
  SELECT CASE WHEN ST_IsValid(t.g) THEN t.g ELSE ST_Multi(ST_CollectionExtract(ST_MakeValid(t.g), 3)) END AS g
  FROM (SELECT ST_Transform(ST_SetSRID(ST_GeomFromWKB(decode(s.wkb, 'hex')), s.srid), 4326) AS g OFFSET 0) AS t
  WHERE old.content_hash IS DISTINCT FROM s.content_hash AND old.import_id IS DISTINCT FROM $1
  OFFSET 0
) AS r ON true
