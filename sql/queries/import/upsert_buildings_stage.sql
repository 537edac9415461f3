-- Inserts or updates (by source + source_id) the prepared staged buildings; $1: import id. Returns one row each.
INSERT INTO buildings AS b (
  source, source_id, footprint, centroid, footprint_area_m2, height_m, height_estimated, levels, roof_shape,
  roof_pitch_deg, roof_direction_deg, ridge_azimuth_deg, year_built, typology, usage, dwellings, address,
  address_synthetic, name, commune, commune_insee, owner_org, owner_name, cite_name, unesco, attributes,
  search_text, import_id, roof_surfaces, content_hash
)
SELECT
  s.source, s.source_id, s.geom, ST_PointOnSurface(s.geom), s.area_m2, s.height_m, s.height_estimated,
  s.levels, s.roof_shape, s.roof_pitch_deg, s.roof_direction_deg, s.ridge_azimuth_deg, s.year_built, s.typology,
  s.usage, s.dwellings, s.address, s.address_synthetic, s.name, s.commune, s.commune_insee,
  (SELECT o.id FROM organisations o WHERE o.name = s.owner_name), s.owner_name, s.cite_name, s.unesco,
  s.attributes, s.search_text, $1, s.roof, s.content_hash
FROM import_stage s
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
  updated_at = now()
RETURNING b.id, (b.xmax = 0) AS inserted
