-- The imported LiDAR files whose extent meets a bbox as one GeoJSON FeatureCollection text, by id.
-- $1..$4: minLon, minLat, maxLon, maxLat.
SELECT json_build_object(
  'type', 'FeatureCollection',
  'numberMatched', count(*),
  'numberReturned', count(*),
  'features', coalesce(json_agg(json_build_object(
    'type', 'Feature',
    'id', id,
    'geometry', ST_AsGeoJSON(extent, 7)::json,
    'properties', json_build_object(
      'id', id, 'file_name', file_name, 'format', format, 'product', product, 'crs', crs,
      'acquired_on', acquired_on, 'point_count', point_count, 'density_pts_m2', round(density_pts_m2::numeric, 2),
      'class_counts', class_counts, 'buildings_measured', buildings_measured, 'buildings_sparse', buildings_sparse,
      'buildings_at_edge', buildings_at_edge, 'trees', trees, 'imported_at', imported_at
    )
  ) ORDER BY id), '[]'::json)
)::text AS body
FROM lidar_coverage
WHERE extent && ST_MakeEnvelope($1, $2, $3, $4, 4326)
