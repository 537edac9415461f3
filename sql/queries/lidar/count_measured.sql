-- Recounts a coverage row's measured and sparse buildings (after buildings across tile edges were added to it).
-- $1: coverage id.
UPDATE lidar_coverage c SET
  buildings_measured = (SELECT count(*) FROM lidar_roofs r WHERE r.coverage_id = c.id AND r.status = 'faces'),
  buildings_sparse = (SELECT count(*) FROM lidar_roofs r WHERE r.coverage_id = c.id AND r.status = 'sparse')
WHERE c.id = $1
RETURNING id
