-- Inserts or updates (by source + source_id) the prepared staged obstacles. Returns one row each.
INSERT INTO obstacles AS o (kind, source, source_id, name, footprint, height_m, shape, top_ratio, height_source, attributes)
SELECT s.kind, s.source, s.source_id, s.name, s.geom, s.height_m, s.shape, s.top_ratio, s.height_source, s.attributes
FROM import_stage s
ON CONFLICT (source, source_id) WHERE source_id IS NOT NULL DO UPDATE SET
  kind = EXCLUDED.kind, name = EXCLUDED.name, footprint = EXCLUDED.footprint, height_m = EXCLUDED.height_m,
  shape = EXCLUDED.shape, top_ratio = EXCLUDED.top_ratio, height_source = EXCLUDED.height_source,
  attributes = EXCLUDED.attributes
RETURNING o.id, (o.xmax = 0) AS inserted
