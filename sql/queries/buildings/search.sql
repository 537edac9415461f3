-- Address/name search on the text-search index of the buildings' words (buildings_search_words, migration 0008):
--  1. the query's words: numbers and every word but the last that the vocabulary holds must be whole words of the
--     building's text; the last (being typed) and unknown ones (an abbreviation) the beginning of one ('lino':*);
--     each with how many buildings have it (search_vocabulary, kept by triggers);
--  2. at most $6 buildings having them all: when one of the words is in at most $9 buildings, from the GIN index
--     (the intersection of the rare words' posting lists, no larger than the rarest; the common words are checked on
--     the rows, their posting lists being most of the table); when every word is common ("rue
--     des": nearly every house), from the first $8 rows of the table instead, whose matches come at once, and from
--     the index only if those rows hold fewer than $5 (the words are common, their combination is not);
--  3. ranked: nearest house number to $4 first (when one is asked), then the most words matched whole, then the
--     shorter text; the best $7 are then ordered by trigram word similarity to the whole query (the score, ~7 µs a
--     row), then the same criteria.
-- $1 text[]: the query's words (not numbers), in order; $2 text[]: numbers every result must have whole; $3: the
-- folded query; $4: the house number asked, or NULL; $5: limit; $6: candidate cap; $7: how many matches are ranked
-- by similarity; $8: rows read in order when every word is common; $9: buildings of a word above which it is common.
-- Words are [a-z0-9]+ (foldForSearch): quote_literal keeps each a single tsquery operand anyway.
WITH given AS (
  SELECT u.t, u.i = cardinality($1::text[]) AS last, false AS number FROM unnest($1::text[]) WITH ORDINALITY AS u(t, i)
  UNION ALL
  SELECT t, false, true FROM unnest($2::text[]) AS t
),
classified AS (
  SELECT g.t, g.number OR (NOT g.last AND v.word IS NOT NULL) AS whole, coalesce(v.buildings, 0) AS exact
  FROM given g
  LEFT JOIN search_vocabulary v ON v.word = g.t COLLATE "C"
),
tokens AS (
  SELECT c.t, c.whole,
    CASE WHEN c.whole THEN c.exact ELSE (
      SELECT coalesce(sum(v.buildings), 0) FROM search_vocabulary v
      WHERE v.word >= c.t COLLATE "C" AND v.word < (c.t || '~') COLLATE "C"
    ) END AS n,
    -- The word as a tsquery operand, and as it must appear in the text (a prefix is followed by anything).
    quote_literal(c.t) || CASE WHEN c.whole THEN '' ELSE ':*' END AS operand,
    ' ' || c.t || CASE WHEN c.whole THEN ' ' ELSE '' END AS needle
  FROM classified c
),
query AS (
  SELECT to_tsquery('simple'::regconfig, string_agg(operand, ' & ')) AS q,
    to_tsquery('simple'::regconfig, string_agg(operand, ' & ') FILTER (WHERE n <= $9)) AS rare,
    min(n) AS rarest
  FROM tokens
),
scanned AS MATERIALIZED (
  SELECT b.id, b.address, b.search_text
  FROM (SELECT id, address, search_text, search_words FROM buildings LIMIT $8) AS b, query
  WHERE query.rarest > $9 AND b.search_words @@ query.q
  LIMIT $6
),
candidates AS (
  SELECT id, address, search_text FROM scanned
  UNION
  (
    SELECT b.id, b.address, b.search_text
    FROM buildings b, query
    WHERE query.rarest > 0 AND (query.rarest <= $9 OR (SELECT count(*) FROM scanned) < $5)
      AND b.search_words @@ coalesce(query.rare, query.q)
      -- The common words are checked on the row, not in the index: their posting lists are most of the table.
      AND (query.rare IS NULL OR NOT EXISTS (
        SELECT 1 FROM tokens k
        WHERE k.n > $9 AND position(k.needle IN ' ' || b.search_text || ' ') = 0
      ))
    LIMIT $6
  )
),
matches AS (
  SELECT c.id, c.search_text,
    CASE WHEN $4::integer IS NULL THEN 0
      ELSE abs(coalesce(substring(c.address FROM '^\s*([0-9]{1,6})')::integer, 1000000) - $4::integer) END
      AS number_distance,
    (SELECT count(*) FROM tokens k WHERE position(' ' || k.t || ' ' IN ' ' || c.search_text || ' ') > 0) AS whole_words
  FROM candidates c
  ORDER BY number_distance, whole_words DESC, length(c.search_text), c.id
  LIMIT $7
)
SELECT b.id, b.address, b.address_synthetic, b.name, b.commune, b.cite_name,
  round(ST_X(b.centroid)::numeric, 7) AS lon, round(ST_Y(b.centroid)::numeric, 7) AS lat,
  word_similarity($3, m.search_text) AS score
FROM matches m
JOIN buildings b ON b.id = m.id
ORDER BY m.number_distance, score DESC, m.whole_words DESC, length(m.search_text), m.id
LIMIT $5
