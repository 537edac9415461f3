-- The walls of each building as the heat balance needs them: perimeter, length shared with touching neighbours, and
-- the exposed (not shared) wall length by facade orientation.
CREATE TABLE building_envelope (
  building_id integer PRIMARY KEY REFERENCES buildings (id) ON DELETE CASCADE,
  perimeter_m real NOT NULL CHECK (perimeter_m >= 0),
  shared_wall_m real NOT NULL CHECK (shared_wall_m >= 0),
  exposed_wall_m real[] NOT NULL CHECK (cardinality(exposed_wall_m) = 8),
  obstruction_deg real[] NOT NULL CHECK (cardinality(obstruction_deg) = 8),
  computed_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE building_envelope IS 'Footprint perimeter, wall length shared with touching footprints (party walls) and exposed wall length per facade orientation (8 sectors of 45 deg centred on N, NE, E, SE, S, SW, W, NW; outward normal azimuth clockwise from north) [m], and per sector the exposed-length-weighted obstruction angle seen from 1.5 m above ground at the middle of each exposed wall (the highest neighbour within 30 m in front, within 60 deg of the outward normal) [deg], neighbours found with PostGIS, lengths measured by engine/envelope in a local metric frame.';
