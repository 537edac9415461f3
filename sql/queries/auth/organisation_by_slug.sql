-- An organisation by slug ($1).
SELECT id, slug, name FROM organisations WHERE slug = $1
