-- Inserts or updates (by source + source_id) a batch of obstacles whose footprints are already valid WGS84.
INSERT INTO obstacles AS o (kind, source, source_id, name, footprint, height_m, shape, top_ratio, height_source, attributes)
SELECT r.kind, r.source, r.source_id, r.name, ST_SetSRID(ST_GeomFromGeoJSON(r.footprint), 4326), r.height_m, r.shape,
  r.top_ratio, r.height_source, r.attributes
FROM jsonb_to_recordset($1::jsonb) AS r(
  kind text, source text, source_id text, name text, footprint text, height_m real, shape text, top_ratio real,
  height_source text, attributes jsonb
)
ON CONFLICT (source, source_id) WHERE source_id IS NOT NULL DO UPDATE SET
  kind = EXCLUDED.kind, name = EXCLUDED.name, footprint = EXCLUDED.footprint, height_m = EXCLUDED.height_m,
  shape = EXCLUDED.shape, top_ratio = EXCLUDED.top_ratio, height_source = EXCLUDED.height_source,
  attributes = EXCLUDED.attributes
RETURNING o.id, (o.xmax = 0) AS inserted
