-- One imported LiDAR file. $1 name, $2 hash, $3 format, $4 product, $5 CRS label, $6..$9 extent in the file's CRS,
-- $10 its SRID, $11 acquisition date, $12 points, $13 density [pts/m²], $14 class counts (JSON).
INSERT INTO lidar_coverage (file_name, file_hash, format, product, crs, extent, acquired_on, point_count,
  density_pts_m2, class_counts)
VALUES ($1, $2, $3, $4, $5, ST_Transform(ST_MakeEnvelope($6, $7, $8, $9, $10), 4326), $11::date, $12, $13, $14::jsonb)
RETURNING id
