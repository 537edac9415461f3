-- A new organisation ($1 slug, $2 name); conflicts on the slug are the caller's error.
INSERT INTO organisations (slug, name) VALUES ($1, $2) RETURNING id, slug, name
