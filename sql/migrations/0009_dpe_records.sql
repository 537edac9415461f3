-- Real DPEs (issue 17): ADEME's registered diagnostics, imported from its open datasets (CSV) and its API's XML, each
-- matched to a building where it can be, with the method and how far it can be trusted.
CREATE TABLE dpe_records (
  number text PRIMARY KEY CHECK (number ~ '^[0-9A-Z]{13}$'),
  dataset text NOT NULL CHECK (dataset IN ('ademe-xml', 'dpe-v2-csv', 'dpe03-csv')),
  status text,
  replaces_number text,
  superseded_by text,
  visit_date date,
  issue_date date NOT NULL,
  valid_until date NOT NULL CHECK (valid_until >= issue_date),
  model text,
  method text,
  engine_version text,
  building_type text CHECK (building_type IN ('house', 'flat', 'building')),
  living_area_m2 real CHECK (living_area_m2 > 0),
  year_built smallint,
  construction_period text,
  energy_class text NOT NULL CHECK (energy_class IN ('A', 'B', 'C', 'D', 'E', 'F', 'G')),
  ghg_class text CHECK (ghg_class IN ('A', 'B', 'C', 'D', 'E', 'F', 'G')),
  primary_kwh_m2 real NOT NULL CHECK (primary_kwh_m2 >= 0),
  final_kwh_m2 real,
  ghg_kg_m2 real,
  energy_class_2026 text CHECK (energy_class_2026 IN ('A', 'B', 'C', 'D', 'E', 'F', 'G')),
  primary_kwh_m2_2026 real,
  reclass_2026_note text,
  uses jsonb NOT NULL,
  energies jsonb NOT NULL,
  heating_energy text,
  hot_water_energy text,
  heating_generator text,
  address_raw text,
  postcode_raw text,
  commune_raw text,
  ban_id text,
  ban_label text,
  ban_housenumber text,
  ban_street text,
  ban_postcode text,
  ban_city text,
  ban_citycode text,
  ban_type text,
  ban_score real,
  ban_point geometry(Point, 4326),
  rnb_id text,
  content_hash text NOT NULL,
  building_id integer REFERENCES buildings (id) ON DELETE SET NULL,
  match_method text CHECK (match_method IN ('rnb', 'ban_inside', 'ban_nearest', 'address')),
  match_distance_m real,
  match_confidence real CHECK (match_confidence BETWEEN 0 AND 1),
  match_flags text[] NOT NULL DEFAULT '{}',
  import_id integer REFERENCES imports (id) ON DELETE SET NULL,
  imported_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE dpe_records IS 'Real DPEs registered with ADEME (Observatoire DPE-Audit, Licence Ouverte 2.0), official outputs as issued, and their match to a building.';
COMMENT ON COLUMN dpe_records.primary_kwh_m2 IS 'Five uses, primary energy per m² of living area as issued [kWhEP/(m²·yr)].';
COMMENT ON COLUMN dpe_records.energy_class_2026 IS 'The class the same consumption gives with electricity at 1.9 kWhEP/kWhEF (rule of 1 January 2026; api/src/services/dpe/factor2026.ts); equal to energy_class for labels issued from 2026; NULL when not computable (reclass_2026_note says why).';
COMMENT ON COLUMN dpe_records.uses IS 'The five uses in primary energy, whole dwelling [kWhEP/yr]: heating_kwh, hot_water_kwh, cooling_kwh, lighting_kwh, auxiliaries_kwh.';
COMMENT ON COLUMN dpe_records.energies IS 'The energies of the five uses: [{energy, final_kwh}], final energy per year [kWhEF/yr].';
COMMENT ON COLUMN dpe_records.ban_point IS 'The BAN geocode the diagnostician''s software filled (from Lambert-93), which can be wrong: see ban_score and match_flags.';
COMMENT ON COLUMN dpe_records.match_method IS 'How the record was matched to building_id: rnb (RNB id), ban_inside (BAN point inside the footprint), ban_nearest (nearest footprint within the documented distance), address (address text in the same commune); NULL: unmatched.';
COMMENT ON COLUMN dpe_records.match_flags IS 'Why a match is not to be trusted blindly: low_ban_score (< 0.5), address_disagrees (the raw address and the BAN label name another number or street), ban_not_housenumber (the geocode is a street or a commune).';
COMMENT ON COLUMN dpe_records.superseded_by IS 'The number of the DPE that replaced this one (its dpe_a_remplacer): a superseded DPE is kept, never shown as the current label.';
CREATE INDEX dpe_records_building ON dpe_records (building_id) WHERE building_id IS NOT NULL;
CREATE INDEX dpe_records_ban_point ON dpe_records USING gist (ban_point);
CREATE INDEX dpe_records_replaces ON dpe_records (replaces_number) WHERE replaces_number IS NOT NULL;

-- RNB ids of a building, from what its import kept in attributes (BD TOPO identifiants_rnb, ids separated by "/";
-- OSM ref:FR:RNB, by ";"; or rnb_id): the first key a DPE is matched by. Generated, so every import fills it.
ALTER TABLE buildings ADD COLUMN rnb_ids text[] GENERATED ALWAYS AS (
  string_to_array(upper(trim(both ',' FROM regexp_replace(
    coalesce(attributes ->> 'identifiants_rnb', attributes ->> 'ref:FR:RNB', attributes ->> 'rnb_id', ''),
    '[^0-9A-Za-z]+', ',', 'g'))), ',')
) STORED;
COMMENT ON COLUMN buildings.rnb_ids IS 'Référentiel national des bâtiments ids of the building (attributes identifiants_rnb, ref:FR:RNB or rnb_id), upper case; empty when none.';
CREATE INDEX buildings_rnb_ids ON buildings USING gin (rnb_ids);
-- The territory test of a DPE import and its address matching look buildings up by commune.
CREATE INDEX buildings_commune_insee ON buildings (commune_insee) WHERE commune_insee IS NOT NULL;
