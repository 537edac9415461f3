-- Inserts candidate sites once (by source and source id); $1: jsonb array of {name, kind, source, source_id,
-- geometry (GeoJSON Polygon text, valid), commune, attributes}.
INSERT INTO sites (name, kind, source, source_id, footprint, area_ha, commune, attributes)
SELECT r.name, r.kind, r.source, r.source_id, ST_SetSRID(ST_GeomFromGeoJSON(r.geometry), 4326),
  ST_Area(ST_SetSRID(ST_GeomFromGeoJSON(r.geometry), 4326)::geography) / 10000, r.commune, r.attributes
FROM jsonb_to_recordset($1::jsonb) AS r(name text, kind text, source text, source_id text, geometry text,
  commune text, attributes jsonb)
ON CONFLICT (source, source_id) DO NOTHING
RETURNING id
