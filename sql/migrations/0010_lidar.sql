-- LiDAR (issue 16): the point clouds and rasters imported (coverage), the roof faces measured on them per building,
-- and the tree crowns found in their vegetation. Derived products are stored, not the points: a 1 km² IGN tile holds
-- 10–40 M points, while what the cadastre reads from it is a few faces per building and a few hundred crowns.
CREATE TABLE lidar_coverage (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  file_name text NOT NULL,
  file_hash text NOT NULL UNIQUE,
  format text NOT NULL CHECK (format IN ('las', 'laz', 'geotiff')),
  product text NOT NULL CHECK (product IN ('points', 'dsm', 'dtm', 'dhm')),
  crs text NOT NULL,
  extent geometry(Polygon, 4326) NOT NULL,
  acquired_on date,
  point_count bigint CHECK (point_count >= 0),
  density_pts_m2 real CHECK (density_pts_m2 >= 0),
  class_counts jsonb NOT NULL DEFAULT '{}'::jsonb,
  buildings_measured integer NOT NULL DEFAULT 0,
  buildings_sparse integer NOT NULL DEFAULT 0,
  buildings_at_edge integer NOT NULL DEFAULT 0,
  trees integer NOT NULL DEFAULT 0,
  imported_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE lidar_coverage IS 'One row per LiDAR file imported (point cloud or MNS/MNT/MNH raster): its extent (WGS84), CRS, date from the header, density and counts; the file hash makes a re-import of the same file a no-op.';
CREATE INDEX lidar_coverage_extent_gist ON lidar_coverage USING gist (extent);

CREATE TABLE lidar_roofs (
  building_id integer PRIMARY KEY REFERENCES buildings (id) ON DELETE CASCADE,
  coverage_id integer NOT NULL REFERENCES lidar_coverage (id) ON DELETE CASCADE,
  status text NOT NULL CHECK (status IN ('faces', 'sparse')),
  surfaces geometry(MultiPolygonZ, 4326),
  superstructures geometry(MultiPolygon, 4326),
  faces jsonb NOT NULL DEFAULT '[]'::jsonb,
  ground_m real,
  point_count integer NOT NULL CHECK (point_count >= 0),
  density_pts_m2 real NOT NULL CHECK (density_pts_m2 >= 0),
  rms_m real,
  reason text,
  CHECK ((status = 'faces') = (surfaces IS NOT NULL))
);
COMMENT ON TABLE lidar_roofs IS 'Roof faces measured on LiDAR per building: surfaces (lon/lat, z = metres above the ground, the same frame as buildings.roof_surfaces), superstructures (chimneys, dormers, equipment) in plan, per-face fit figures in faces; status sparse when the points were too few to fit planes (the roof then comes from the next source).';
COMMENT ON COLUMN lidar_roofs.ground_m IS 'Ground altitude at the building from the LiDAR ground class [m] (IGN69 for IGN).';

CREATE TABLE lidar_trees (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  coverage_id integer NOT NULL REFERENCES lidar_coverage (id) ON DELETE CASCADE,
  crown geometry(Polygon, 4326) NOT NULL CHECK (ST_IsValid(crown)),
  top_m real NOT NULL CHECK (top_m > 0 AND top_m <= 100),
  base_m real CHECK (base_m >= 0),
  ground_m real,
  point_count integer NOT NULL CHECK (point_count >= 0)
);
COMMENT ON TABLE lidar_trees IS 'Tree crowns found in LiDAR vegetation: crown outline, top height above the ground [m]; opaque obstacles in the roof horizons.';
CREATE INDEX lidar_trees_crown_gist ON lidar_trees USING gist (crown);
