-- Removes a file's coverage row; its measured roofs and trees go with it (ON DELETE CASCADE). $1: coverage id.
DELETE FROM lidar_coverage WHERE id = $1
