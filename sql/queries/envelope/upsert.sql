-- Stores measured walls; $1: jsonb array of {building_id, perimeter_m, shared_wall_m, exposed_wall_m[8],
-- obstruction_deg[8]}.
INSERT INTO building_envelope (building_id, perimeter_m, shared_wall_m, exposed_wall_m, obstruction_deg)
SELECT r.building_id, r.perimeter_m, r.shared_wall_m,
  ARRAY(SELECT jsonb_array_elements_text(r.exposed_wall_m)::real),
  ARRAY(SELECT jsonb_array_elements_text(r.obstruction_deg)::real)
FROM jsonb_to_recordset($1::jsonb) AS r(building_id integer, perimeter_m real, shared_wall_m real,
  exposed_wall_m jsonb, obstruction_deg jsonb)
ON CONFLICT (building_id) DO UPDATE SET perimeter_m = EXCLUDED.perimeter_m, shared_wall_m = EXCLUDED.shared_wall_m,
  exposed_wall_m = EXCLUDED.exposed_wall_m, obstruction_deg = EXCLUDED.obstruction_deg, computed_at = now()
RETURNING building_id
