-- Replaces the private attributes ($3 jsonb) of building $1 if organisation $2 owns it.
UPDATE buildings SET private_attributes = $3::jsonb, updated_at = now() WHERE id = $1 AND owner_org = $2 RETURNING id
