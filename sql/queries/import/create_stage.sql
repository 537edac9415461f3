-- Staging table of one import transaction: each batch is copied here (COPY), classified against the buildings
-- already stored, reprojected and repaired in place, then upserted. Dropped at commit.
-- JIT off for the transaction: PostGIS functions carry high planner costs, so the server JIT-compiles every batch's
-- statements (≈ 0.5 s each, measured with EXPLAIN ANALYZE) for work that takes ≈ 50 ms.
SET LOCAL jit = off;
CREATE TEMP TABLE import_stage (
  i integer PRIMARY KEY,
  source text NOT NULL,
  source_id text NOT NULL,
  content_hash text NOT NULL,
  wkb text NOT NULL,
  roof_wkb text,
  srid integer NOT NULL,
  height_m real,
  height_estimated boolean,
  levels smallint,
  roof_shape text,
  roof_pitch_deg real,
  roof_direction_deg real,
  ridge_azimuth_deg real,
  year_built smallint,
  typology text,
  usage text,
  dwellings integer,
  address text,
  address_synthetic boolean,
  name text,
  commune text,
  commune_insee text,
  owner_name text,
  cite_name text,
  unesco boolean,
  attributes jsonb,
  search_text text,
  kind text,
  shape text,
  top_ratio real,
  height_source text,
  geom geometry,
  roof geometry,
  valid boolean,
  area_m2 double precision
) ON COMMIT DROP
