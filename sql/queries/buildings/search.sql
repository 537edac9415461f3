-- Trigram search on the folded address/name/commune/cité text.
-- $1: folded query; $2: LIKE pattern (escaped) of the folded query; $3: limit.
SELECT id, address, address_synthetic, name, commune, cite_name,
  round(ST_X(centroid)::numeric, 7) AS lon, round(ST_Y(centroid)::numeric, 7) AS lat,
  word_similarity($1, search_text) AS score
FROM buildings
WHERE $1 <% search_text OR search_text LIKE $2
ORDER BY (search_text LIKE $2) DESC, score DESC, id
LIMIT $3
