-- Portfolio $2 if it belongs to organisation $1 (else no row: another organisation's portfolio does not exist for it).
SELECT id, name, selection, building_ids, created_at FROM portfolios WHERE id = $2 AND organisation_id = $1
