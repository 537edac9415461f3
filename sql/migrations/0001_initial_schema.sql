-- First schema: buildings, obstacles, weather, organisations, api_tokens, jobs, imports.
-- Geometry is stored in WGS84 (EPSG:4326); metric work is done in Lambert-93 (EPSG:2154) or the engine's local frame.
CREATE EXTENSION IF NOT EXISTS postgis;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE organisations (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE organisations IS 'Organisations (social landlords, communes) that own buildings and private data.';

CREATE TABLE api_tokens (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  organisation_id integer NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  token_hash text NOT NULL UNIQUE,
  label text,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz,
  last_used_at timestamptz
);
COMMENT ON TABLE api_tokens IS 'Bearer tokens of organisations, stored as SHA-256 hashes only (never in clear).';

CREATE TABLE imports (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  file_name text NOT NULL,
  format text NOT NULL,
  source_srid integer NOT NULL,
  imported integer NOT NULL DEFAULT 0,
  updated integer NOT NULL DEFAULT 0,
  repaired integer NOT NULL DEFAULT 0,
  rejected integer NOT NULL DEFAULT 0,
  report jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE imports IS 'One row per imported file, with its report (imported, updated, repaired, rejected and why).';

CREATE TABLE buildings (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  source text NOT NULL,
  source_id text,
  footprint geometry(MultiPolygon, 4326) NOT NULL CHECK (ST_IsValid(footprint) AND NOT ST_IsEmpty(footprint)),
  centroid geometry(Point, 4326) NOT NULL,
  footprint_area_m2 double precision NOT NULL CHECK (footprint_area_m2 > 0),
  height_m real NOT NULL CHECK (height_m > 0 AND height_m <= 1000),
  height_estimated boolean NOT NULL DEFAULT false,
  levels smallint CHECK (levels BETWEEN 1 AND 200),
  roof_shape text CHECK (roof_shape IN ('flat','shed','gable','hip','pyramidal','mansard','gambrel','half-hip','dome','other')),
  roof_pitch_deg real CHECK (roof_pitch_deg BETWEEN 0 AND 90),
  roof_direction_deg real CHECK (roof_direction_deg >= 0 AND roof_direction_deg < 360),
  ridge_azimuth_deg real CHECK (ridge_azimuth_deg >= 0 AND ridge_azimuth_deg < 180),
  year_built smallint CHECK (year_built BETWEEN 1000 AND 2100),
  typology text,
  usage text,
  dwellings integer CHECK (dwellings >= 0),
  address text,
  address_synthetic boolean NOT NULL DEFAULT false,
  name text,
  commune text,
  commune_insee text,
  owner_org integer REFERENCES organisations (id) ON DELETE SET NULL,
  owner_name text,
  cite_name text,
  unesco boolean NOT NULL DEFAULT false,
  attributes jsonb NOT NULL DEFAULT '{}'::jsonb,
  search_text text NOT NULL DEFAULT '',
  import_id integer REFERENCES imports (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE buildings IS 'Building footprints (WGS84) with height, roof and housing attributes; one row per building.';
COMMENT ON COLUMN buildings.height_m IS 'Ground to top of roof [m]; height_estimated when derived from levels or a default.';
COMMENT ON COLUMN buildings.ridge_azimuth_deg IS 'Azimuth of the ridge line, clockwise from north, folded into [0, 180) [deg].';
COMMENT ON COLUMN buildings.roof_direction_deg IS 'Azimuth the main roof slope faces (OSM roof:direction) [deg].';
COMMENT ON COLUMN buildings.address_synthetic IS 'True for demo houses: the address is invented, not a real postal address.';
COMMENT ON COLUMN buildings.search_text IS 'Address, name, commune and cité in one lower-case text for trigram search.';
CREATE UNIQUE INDEX buildings_source_key ON buildings (source, source_id) WHERE source_id IS NOT NULL;
CREATE INDEX buildings_footprint_gist ON buildings USING gist (footprint);
CREATE INDEX buildings_centroid_gist ON buildings USING gist (centroid);
CREATE INDEX buildings_search_trgm ON buildings USING gin (search_text gin_trgm_ops);
CREATE INDEX buildings_owner_org ON buildings (owner_org);

CREATE TABLE obstacles (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('slag_heap', 'other')),
  source text NOT NULL,
  source_id text,
  name text,
  footprint geometry(MultiPolygon, 4326) NOT NULL CHECK (ST_IsValid(footprint) AND NOT ST_IsEmpty(footprint)),
  height_m real NOT NULL CHECK (height_m > 0 AND height_m <= 1000),
  shape text NOT NULL CHECK (shape IN ('cone', 'truncated_cone', 'plateau')),
  top_ratio real NOT NULL DEFAULT 0 CHECK (top_ratio >= 0 AND top_ratio <= 1),
  height_source text NOT NULL,
  attributes jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE obstacles IS 'Terrain obstacles that shade roofs, chiefly slag heaps (terrils) modelled as cones or plateaus.';
CREATE UNIQUE INDEX obstacles_source_key ON obstacles (source, source_id) WHERE source_id IS NOT NULL;
CREATE INDEX obstacles_footprint_gist ON obstacles USING gist (footprint);

CREATE TABLE weather (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL UNIQUE,
  format text NOT NULL,
  source text NOT NULL,
  location geometry(Point, 4326),
  elevation_m real,
  hours integer NOT NULL CHECK (hours = 8760),
  is_default boolean NOT NULL DEFAULT false,
  summary jsonb NOT NULL,
  time_utc_ms double precision[] NOT NULL,
  ghi_w_m2 real[] NOT NULL,
  dni_w_m2 real[] NOT NULL,
  dhi_w_m2 real[] NOT NULL,
  air_temperature_c real[] NOT NULL,
  wind_speed_m_s real[] NOT NULL,
  relative_humidity_pct real[] NOT NULL,
  pressure_pa real[] NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE weather IS 'Hourly typical meteorological years (PVGIS TMY, EPW): 8760 values per variable.';
CREATE UNIQUE INDEX weather_one_default ON weather (is_default) WHERE is_default;
CREATE INDEX weather_location_gist ON weather USING gist (location);

CREATE TABLE jobs (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind text NOT NULL,
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed', 'cancelled')),
  params jsonb NOT NULL DEFAULT '{}'::jsonb,
  total integer,
  done integer NOT NULL DEFAULT 0,
  error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  finished_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE jobs IS 'Long-running batch work (imports, cadastre computation) with progress, resumable after a stop.';
CREATE INDEX jobs_status ON jobs (status, kind);
