-- Inserts or updates (by source + source_id) a batch of buildings whose footprints are already valid WGS84.
-- $1: jsonb array of records (see the column list); $2: import id. Returns one row per building.
INSERT INTO buildings AS b (
  source, source_id, footprint, centroid, footprint_area_m2, height_m, height_estimated, levels, roof_shape,
  roof_pitch_deg, roof_direction_deg, ridge_azimuth_deg, year_built, typology, usage, dwellings, address,
  address_synthetic, name, commune, commune_insee, owner_org, owner_name, cite_name, unesco, attributes,
  search_text, import_id
)
SELECT
  r.source, r.source_id, g.geom, ST_PointOnSurface(g.geom), r.footprint_area_m2, r.height_m, r.height_estimated,
  r.levels, r.roof_shape, r.roof_pitch_deg, r.roof_direction_deg, r.ridge_azimuth_deg, r.year_built, r.typology,
  r.usage, r.dwellings, r.address, r.address_synthetic, r.name, r.commune, r.commune_insee,
  (SELECT o.id FROM organisations o WHERE o.name = r.owner_name), r.owner_name, r.cite_name, r.unesco,
  r.attributes, r.search_text, $2
FROM jsonb_to_recordset($1::jsonb) AS r(
  source text, source_id text, footprint text, footprint_area_m2 double precision, height_m real,
  height_estimated boolean, levels smallint, roof_shape text, roof_pitch_deg real, roof_direction_deg real,
  ridge_azimuth_deg real, year_built smallint, typology text, usage text, dwellings integer, address text,
  address_synthetic boolean, name text, commune text, commune_insee text, owner_name text, cite_name text,
  unesco boolean, attributes jsonb, search_text text
)
CROSS JOIN LATERAL (SELECT ST_SetSRID(ST_GeomFromGeoJSON(r.footprint), 4326) AS geom) AS g
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
  import_id = EXCLUDED.import_id, updated_at = now()
RETURNING b.id, (b.xmax = 0) AS inserted
