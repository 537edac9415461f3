-- Roof faces of the buildings in a bbox, for the 3D heat-map, each a roof_face_feature_json (sql/functions): 3D ring
-- (z = m above ground), orientation, results and the per-cell annual irradiation grid. $1..$4 bbox, $5 building limit.
-- numberMatched / numberReturned count computed buildings (those with roof faces), as the building list does.
WITH b AS (
  SELECT s.building_id AS id, count(*) OVER () AS matched
  FROM buildings bl
  JOIN building_solar s ON s.building_id = bl.id
  WHERE bl.footprint && ST_MakeEnvelope($1, $2, $3, $4, 4326)
  ORDER BY s.building_id
  LIMIT $5
)
SELECT json_build_object(
  'type', 'FeatureCollection',
  'numberMatched', coalesce((SELECT max(matched) FROM b), 0),
  'numberReturned', (SELECT count(*) FROM b),
  'features', coalesce(json_agg(roof_face_feature_json(f) ORDER BY f.building_id, f.face_index), '[]'::json)
)::text AS body
FROM roof_faces f
JOIN b ON b.id = f.building_id
