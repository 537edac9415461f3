-- Candidate sites for ground-mounted solar farms: flat slag heaps, landfills, former pit yards.
CREATE TABLE sites (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('slag_heap', 'brownfield', 'landfill', 'other')),
  source text NOT NULL,
  source_id text NOT NULL,
  footprint geometry(Polygon, 4326) NOT NULL CHECK (ST_IsValid(footprint)),
  area_ha real NOT NULL CHECK (area_ha > 0),
  commune text,
  attributes jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (source, source_id)
);
COMMENT ON TABLE sites IS 'Candidate sites for ground-mounted PV (seeded with the flat slag heaps of the Mission Bassin Minier data); footprints in WGS84, area from the geography [ha].';
CREATE INDEX sites_footprint_gist ON sites USING gist (footprint);
