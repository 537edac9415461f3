-- Matches the unmatched records $1 that carry an RNB id to the building that has it (the lowest id if several do).
UPDATE dpe_records d SET building_id = m.building_id, match_method = 'rnb', match_distance_m = NULL,
  match_confidence = 1, updated_at = now()
FROM (
  SELECT d2.number, (SELECT b.id FROM buildings b WHERE b.rnb_ids @> ARRAY[d2.rnb_id] ORDER BY b.id LIMIT 1) AS building_id
  FROM dpe_records d2
  WHERE d2.number = ANY($1::text[]) AND d2.building_id IS NULL AND d2.rnb_id IS NOT NULL
) m
WHERE d.number = m.number AND m.building_id IS NOT NULL
RETURNING d.number
