-- One building as a GeoJSON Feature text with its roof faces (building_feature_json in detail, sql/functions), or no
-- row; its private attributes only when $2 is its owner organisation.
SELECT building_feature_json(b, s, true, $2)::text AS body
FROM buildings b
LEFT JOIN building_solar s ON s.building_id = b.id
WHERE b.id = $1
