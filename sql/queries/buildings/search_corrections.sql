-- Typo fallback of the address search: for each query word that begins no word of any building, the most similar
-- word that some building has (pg_trgm similarity above its threshold, 0.3 by default, through
-- search_vocabulary_trgm on lower(word)), or the word itself when none is. $1 text[]: the query words. Returns them
-- in order, corrected.
SELECT coalesce(
  CASE WHEN EXISTS (
    SELECT 1 FROM search_vocabulary v
    WHERE v.word >= u.t COLLATE "C" AND v.word < (u.t || '~') COLLATE "C" AND v.buildings > 0
  ) THEN u.t END,
  (
    SELECT v.word FROM search_vocabulary v
    WHERE lower(v.word) % u.t AND v.buildings > 0
    ORDER BY similarity(lower(v.word), u.t) DESC, v.buildings DESC, v.word
    LIMIT 1
  ),
  u.t
) AS word
FROM unnest($1::text[]) WITH ORDINALITY AS u(t, i)
ORDER BY u.i
