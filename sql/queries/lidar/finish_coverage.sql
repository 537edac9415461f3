-- The counts of a file's import, once its roofs and trees are written. $1 id, $2 measured, $3 sparse, $4 at edge, $5 trees.
UPDATE lidar_coverage SET buildings_measured = $2, buildings_sparse = $3, buildings_at_edge = $4, trees = $5
WHERE id = $1
RETURNING id
