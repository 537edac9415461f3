-- The coverage row of a file already imported, by content hash. $1: file hash.
SELECT id, file_name FROM lidar_coverage WHERE file_hash = $1
