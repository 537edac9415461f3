-- Writes a batch of DPE records by number: new ones inserted, changed ones (another content hash) rewritten with their
-- match cleared for the matcher to redo, the same ones left alone. Returns the numbers written, inserted or not.
-- $1: json array of records (api/src/services/dpe/types.ts, plus content_hash and match_flags); $2: import id.
INSERT INTO dpe_records AS d (
  number, dataset, status, replaces_number, visit_date, issue_date, valid_until, model, method, engine_version,
  building_type, living_area_m2, year_built, construction_period, energy_class, ghg_class, primary_kwh_m2,
  final_kwh_m2, ghg_kg_m2, energy_class_2026, primary_kwh_m2_2026, reclass_2026_note, uses, energies, heating_energy, hot_water_energy, heating_generator, address_raw,
  postcode_raw, commune_raw, ban_id, ban_label, ban_housenumber, ban_street, ban_postcode, ban_city, ban_citycode,
  ban_type, ban_score, ban_point, rnb_id, content_hash, match_flags, import_id
)
SELECT r.number, r.dataset, r.status, r.replaces_number, r.visit_date, r.issue_date, r.valid_until, r.model, r.method,
  r.engine_version, r.building_type, r.living_area_m2, r.year_built, r.construction_period, r.energy_class,
  r.ghg_class, r.primary_kwh_m2, r.final_kwh_m2, r.ghg_kg_m2, r.energy_class_2026, r.primary_kwh_m2_2026,
  r.reclass_2026_note, r.uses, r.energies, r.heating_energy,
  r.hot_water_energy, r.heating_generator, r.address_raw, r.postcode_raw, r.commune_raw, r.ban_id, r.ban_label,
  r.ban_housenumber, r.ban_street, r.ban_postcode, r.ban_city, r.ban_citycode, r.ban_type, r.ban_score,
  CASE WHEN r.ban_x_l93 IS NOT NULL AND r.ban_y_l93 IS NOT NULL
    THEN ST_Transform(ST_SetSRID(ST_MakePoint(r.ban_x_l93, r.ban_y_l93), 2154), 4326) END,
  upper(r.rnb_id), r.content_hash, r.match_flags, $2::integer
FROM json_to_recordset($1::json) AS r(
  number text, dataset text, status text, replaces_number text, visit_date date, issue_date date, valid_until date,
  model text, method text, engine_version text, building_type text, living_area_m2 real, year_built smallint,
  construction_period text, energy_class text, ghg_class text, primary_kwh_m2 real, final_kwh_m2 real,
  ghg_kg_m2 real, energy_class_2026 text, primary_kwh_m2_2026 real, reclass_2026_note text, uses jsonb, energies jsonb, heating_energy text, hot_water_energy text, heating_generator text,
  address_raw text, postcode_raw text, commune_raw text, ban_id text, ban_label text, ban_housenumber text,
  ban_street text, ban_postcode text, ban_city text, ban_citycode text, ban_type text, ban_score real,
  ban_x_l93 float8, ban_y_l93 float8, rnb_id text, content_hash text, match_flags text[]
)
ON CONFLICT (number) DO UPDATE SET
  dataset = EXCLUDED.dataset, status = EXCLUDED.status, replaces_number = EXCLUDED.replaces_number,
  visit_date = EXCLUDED.visit_date, issue_date = EXCLUDED.issue_date, valid_until = EXCLUDED.valid_until,
  model = EXCLUDED.model, method = EXCLUDED.method, engine_version = EXCLUDED.engine_version,
  building_type = EXCLUDED.building_type, living_area_m2 = EXCLUDED.living_area_m2,
  year_built = EXCLUDED.year_built, construction_period = EXCLUDED.construction_period,
  energy_class = EXCLUDED.energy_class, ghg_class = EXCLUDED.ghg_class, primary_kwh_m2 = EXCLUDED.primary_kwh_m2,
  final_kwh_m2 = EXCLUDED.final_kwh_m2, ghg_kg_m2 = EXCLUDED.ghg_kg_m2,
  energy_class_2026 = EXCLUDED.energy_class_2026, primary_kwh_m2_2026 = EXCLUDED.primary_kwh_m2_2026,
  reclass_2026_note = EXCLUDED.reclass_2026_note, uses = EXCLUDED.uses,
  energies = EXCLUDED.energies, heating_energy = EXCLUDED.heating_energy,
  hot_water_energy = EXCLUDED.hot_water_energy, heating_generator = EXCLUDED.heating_generator,
  address_raw = EXCLUDED.address_raw, postcode_raw = EXCLUDED.postcode_raw, commune_raw = EXCLUDED.commune_raw,
  ban_id = EXCLUDED.ban_id, ban_label = EXCLUDED.ban_label, ban_housenumber = EXCLUDED.ban_housenumber,
  ban_street = EXCLUDED.ban_street, ban_postcode = EXCLUDED.ban_postcode, ban_city = EXCLUDED.ban_city,
  ban_citycode = EXCLUDED.ban_citycode, ban_type = EXCLUDED.ban_type, ban_score = EXCLUDED.ban_score,
  ban_point = EXCLUDED.ban_point, rnb_id = EXCLUDED.rnb_id, content_hash = EXCLUDED.content_hash,
  match_flags = EXCLUDED.match_flags, import_id = EXCLUDED.import_id, building_id = NULL, match_method = NULL,
  match_distance_m = NULL, match_confidence = NULL, updated_at = now()
WHERE d.content_hash IS DISTINCT FROM EXCLUDED.content_hash
RETURNING d.number, (d.xmax = 0) AS inserted
