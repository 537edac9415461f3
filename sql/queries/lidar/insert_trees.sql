-- Tree crowns of one file. $1 coverage id, $2 JSON array of {crown (GeoJSON Polygon in the file's CRS), top_m,
-- base_m, ground_m, point_count}, $3 the file's SRID.
INSERT INTO lidar_trees (coverage_id, crown, top_m, base_m, ground_m, point_count)
SELECT $1, ST_MakeValid(ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(t->>'crown'), $3::int), 4326)),
  (t->>'top_m')::real, (t->>'base_m')::real, (t->>'ground_m')::real, (t->>'point_count')::int
FROM jsonb_array_elements($2::jsonb) AS t
