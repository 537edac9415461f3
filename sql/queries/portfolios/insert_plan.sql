-- Stores a plan of organisation $1 (portfolio $2 or NULL): input $3 and result $4 (jsonb).
INSERT INTO plans (organisation_id, portfolio_id, input, result) VALUES ($1, $2, $3::jsonb, $4::jsonb)
RETURNING id, created_at
