-- Measured roofs of one file, replacing a building's earlier measure (a building seen by a later tile takes that
-- tile's). $1 coverage id, $2 JSON array of {building_id, status, surfaces (GeoJSON MultiPolygonZ in the file's
-- CRS, z above ground) | null, superstructures (GeoJSON MultiPolygon) | null, faces, ground_m, point_count,
-- density_pts_m2, rms_m, reason}, $3 the file's SRID.
INSERT INTO lidar_roofs (building_id, coverage_id, status, surfaces, superstructures, faces, ground_m, point_count,
  density_pts_m2, rms_m, reason)
SELECT (r->>'building_id')::int, $1, r->>'status',
  CASE WHEN r->'surfaces' IS NULL OR jsonb_typeof(r->'surfaces') = 'null' THEN NULL
    ELSE ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(r->>'surfaces'), $3::int), 4326) END,
  CASE WHEN r->'superstructures' IS NULL OR jsonb_typeof(r->'superstructures') = 'null' THEN NULL
    ELSE ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(r->>'superstructures'), $3::int), 4326) END,
  coalesce(r->'faces', '[]'::jsonb), (r->>'ground_m')::real, (r->>'point_count')::int,
  (r->>'density_pts_m2')::real, (r->>'rms_m')::real, r->>'reason'
FROM jsonb_array_elements($2::jsonb) AS r
ON CONFLICT (building_id) DO UPDATE SET coverage_id = EXCLUDED.coverage_id, status = EXCLUDED.status,
  surfaces = EXCLUDED.surfaces, superstructures = EXCLUDED.superstructures, faces = EXCLUDED.faces,
  ground_m = EXCLUDED.ground_m, point_count = EXCLUDED.point_count, density_pts_m2 = EXCLUDED.density_pts_m2,
  rms_m = EXCLUDED.rms_m, reason = EXCLUDED.reason
