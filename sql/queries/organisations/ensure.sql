INSERT INTO organisations (slug, name) VALUES ($1, $2) ON CONFLICT (slug) DO NOTHING
