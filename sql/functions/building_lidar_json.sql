-- building_roof_source(building_id, has_surfaces) and building_lidar_json(building_id): where the roof of
-- GET /buildings/{id} comes from ("roof_source") and what LiDAR measured of it ("lidar").
--
-- building_roof_source: 'lidar' when planes were fitted to the building's LiDAR points (a sparse measure does not
-- count), else 'cityjson' when a 3D city model gave its surfaces (buildings.roof_surfaces: has_surfaces), else
-- 'attributes' (the roof inferred from the footprint, shape and pitch) — the order the cadastre takes them in.
--
-- building_lidar_json: the building's roof as measured on LiDAR, as GET /buildings/{id} returns it
-- ("lidar"): the fit's status, the faces' figures (tilt, azimuth, area, RMS, points: the jsonb the import wrote),
-- the roof points and their density, the RMS over the faces, the ground altitude, why no face was fitted (sparse),
-- the number of superstructures found, and the file with its acquisition date. NULL when no file covers it.
--
-- Installed by the migrator after the migrations on each migrate (see building_solar_json.sql); called once per
-- building detail by building_feature_json.
CREATE OR REPLACE FUNCTION building_roof_source(building integer, has_surfaces boolean) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN EXISTS (SELECT 1 FROM lidar_roofs r WHERE r.building_id = building AND r.status = 'faces') THEN 'lidar'
    WHEN has_surfaces THEN 'cityjson'
    ELSE 'attributes'
  END
$$;
COMMENT ON FUNCTION building_roof_source(integer, boolean) IS
  'Where a building''s roof comes from: lidar (faces fitted), cityjson (3D model), attributes (GET /buildings/{id}).';

CREATE OR REPLACE FUNCTION building_lidar_json(building integer) RETURNS json
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT json_build_object(
    'status', r.status, 'faces', r.faces, 'point_count', r.point_count,
    'density_pts_m2', round(r.density_pts_m2::numeric, 2), 'rms_m', round(r.rms_m::numeric, 3),
    'ground_m', round(r.ground_m::numeric, 2), 'reason', r.reason,
    'superstructures', coalesce(ST_NumGeometries(r.superstructures), 0),
    'file', c.file_name, 'acquired_on', c.acquired_on
  )
  FROM lidar_roofs r
  JOIN lidar_coverage c ON c.id = r.coverage_id
  WHERE r.building_id = building
$$;
COMMENT ON FUNCTION building_lidar_json(integer) IS 'The roof of a building as measured on LiDAR, null when none (GET /buildings/{id}).';
