-- Plan $2 if it belongs to organisation $1.
SELECT id, portfolio_id, input, result, created_at FROM plans WHERE id = $2 AND organisation_id = $1
