-- The bbox list's member Feature (building_feature_json without detail, sql/functions) of each building whose id is in
-- $1 (integer[]), as text, with its row version as buildings/by_bbox.sql gives it.
SELECT b.id, b.xmin::text || ':' || coalesce(s.xmin::text, '') AS version,
  building_feature_json(b, s, false, NULL)::text AS feature
FROM buildings b
LEFT JOIN building_solar s ON s.building_id = b.id
WHERE b.id = ANY($1::integer[])
