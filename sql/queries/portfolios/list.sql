-- The portfolios of organisation $1.
SELECT id, name, selection, cardinality(building_ids) AS buildings, created_at
FROM portfolios WHERE organisation_id = $1 ORDER BY id
