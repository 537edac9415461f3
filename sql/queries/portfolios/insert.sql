-- A new portfolio of organisation $1: name $2, selection $3 (jsonb), building ids $4.
INSERT INTO portfolios (organisation_id, name, selection, building_ids) VALUES ($1, $2, $3::jsonb, $4)
RETURNING id, name, cardinality(building_ids) AS buildings, created_at
