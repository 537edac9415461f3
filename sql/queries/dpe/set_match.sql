-- Stores matches: $1 json array of {number, building_id, method, distance_m, confidence}.
UPDATE dpe_records d SET building_id = m.building_id, match_method = m.method, match_distance_m = m.distance_m,
  match_confidence = m.confidence, updated_at = now()
FROM json_to_recordset($1::json) AS m(number text, building_id integer, method text, distance_m real, confidence real)
WHERE d.number = m.number
