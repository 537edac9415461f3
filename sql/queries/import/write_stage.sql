-- The fast path of a batch of buildings, in one statement: each staged record is looked up by (source, source_id)
-- (a parameterised index probe: the temporary table has no statistics to plan a join with), records unchanged since
-- the last import (same content hash) or already written by this import ($1: a duplicate) are left out, footprints
-- are reprojected to WGS84 and repaired with ST_MakeValid (polygons kept), empty, misplaced or smaller than the minimum
-- area ($2 [m²]) ones are left out, and the rest upserted. The caller asks diagnose_stage why a record was left out.
-- OFFSET 0 and MATERIALIZED keep each sub-select a unit evaluated once per row: flattened, the planner joined the
-- batch to a scan of every building and repeated the reprojection in each condition (EXPLAIN ANALYZE, 13 s a batch).
WITH p AS MATERIALIZED (
  SELECT s.i, s.source, s.source_id, s.content_hash, s.height_m, s.height_estimated, s.levels, s.roof_shape,
    s.roof_pitch_deg, s.roof_direction_deg, s.ridge_azimuth_deg, s.year_built, s.typology, s.usage, s.dwellings,
    s.address, s.address_synthetic, s.name, s.commune, s.commune_insee, s.owner_name, s.cite_name, s.unesco,
    s.attributes, s.search_text, s.roof_rise_m, s.roof_origin, r.g, r.roof
  FROM import_stage s
  LEFT JOIN LATERAL (
    SELECT b.content_hash, b.import_id FROM buildings b WHERE b.source = s.source AND b.source_id = s.source_id OFFSET 0
  ) AS old ON true
  CROSS JOIN LATERAL (
    SELECT CASE WHEN ST_IsValid(t.g) THEN t.g ELSE ST_Multi(ST_CollectionExtract(ST_MakeValid(t.g), 3)) END AS g,
      t.roof
    FROM (
      SELECT ST_Transform(ST_SetSRID(ST_GeomFromWKB(decode(s.wkb, 'hex')), s.srid), 4326) AS g,
        CASE WHEN s.roof_wkb IS NULL THEN NULL
          ELSE ST_Transform(ST_SetSRID(ST_GeomFromWKB(decode(s.roof_wkb, 'hex')), s.srid), 4326) END AS roof
    ) AS t
    OFFSET 0
  ) AS r
  WHERE old.content_hash IS DISTINCT FROM s.content_hash AND old.import_id IS DISTINCT FROM $1
), ok AS MATERIALIZED (
  SELECT p.*, ST_Area(p.g::geography) AS area FROM p
  -- ~ compares the cached bounding boxes: no geometry is decoded for the lon/lat range check.
  WHERE NOT ST_IsEmpty(p.g) AND ST_MakeEnvelope(-180, -90, 180, 90, 4326) ~ p.g
)
INSERT INTO buildings AS b (
  source, source_id, footprint, centroid, footprint_area_m2, height_m, height_estimated, levels, roof_shape,
  roof_pitch_deg, roof_direction_deg, ridge_azimuth_deg, year_built, typology, usage, dwellings, address,
  address_synthetic, name, commune, commune_insee, owner_org, owner_name, cite_name, unesco, attributes,
  search_text, import_id, roof_surfaces, content_hash, roof_rise_m, roof_origin
)
SELECT
  s.source, s.source_id, s.g, ST_PointOnSurface(s.g), s.area, s.height_m, s.height_estimated,
  s.levels, s.roof_shape, s.roof_pitch_deg, s.roof_direction_deg, s.ridge_azimuth_deg, s.year_built, s.typology,
  s.usage, s.dwellings, s.address, s.address_synthetic, s.name, s.commune, s.commune_insee,
  (SELECT o.id FROM organisations o WHERE o.name = s.owner_name), s.owner_name, s.cite_name, s.unesco,
  s.attributes, s.search_text, $1, s.roof, s.content_hash, s.roof_rise_m, s.roof_origin
FROM ok AS s
WHERE s.area >= $2::float8
ON CONFLICT (source, source_id) WHERE source_id IS NOT NULL DO UPDATE SET
  footprint = EXCLUDED.footprint, centroid = EXCLUDED.centroid, footprint_area_m2 = EXCLUDED.footprint_area_m2,
  height_m = EXCLUDED.height_m, height_estimated = EXCLUDED.height_estimated, levels = EXCLUDED.levels,
  roof_shape = EXCLUDED.roof_shape, roof_pitch_deg = EXCLUDED.roof_pitch_deg,
  roof_direction_deg = EXCLUDED.roof_direction_deg, ridge_azimuth_deg = EXCLUDED.ridge_azimuth_deg,
  year_built = EXCLUDED.year_built, typology = EXCLUDED.typology, usage = EXCLUDED.usage,
  dwellings = EXCLUDED.dwellings, address = EXCLUDED.address, address_synthetic = EXCLUDED.address_synthetic,
  name = EXCLUDED.name, commune = EXCLUDED.commune, commune_insee = EXCLUDED.commune_insee,
  owner_org = EXCLUDED.owner_org, owner_name = EXCLUDED.owner_name, cite_name = EXCLUDED.cite_name,
  unesco = EXCLUDED.unesco, attributes = EXCLUDED.attributes, search_text = EXCLUDED.search_text,
  import_id = EXCLUDED.import_id, roof_surfaces = EXCLUDED.roof_surfaces, content_hash = EXCLUDED.content_hash,
  roof_rise_m = EXCLUDED.roof_rise_m, roof_origin = EXCLUDED.roof_origin, updated_at = now()
RETURNING b.id, b.source_id, (b.xmax = 0) AS inserted
