-- Stores a token's SHA-256 hash ($2, hex) for organisation $1 with a label ($3); the token itself is never stored.
INSERT INTO api_tokens (organisation_id, token_hash, label) VALUES ($1, $2, $3) RETURNING id, created_at
