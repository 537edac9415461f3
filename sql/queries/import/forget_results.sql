-- Buildings whose footprint or attributes changed on re-import lose their computed cadastre and walls, so that
-- `cadastre compute` and the envelope pass compute them again. $1: building ids.
WITH f AS (DELETE FROM roof_faces WHERE building_id = ANY($1::int[])),
  s AS (DELETE FROM building_solar WHERE building_id = ANY($1::int[])),
  e AS (DELETE FROM building_envelope WHERE building_id = ANY($1::int[]))
SELECT 1 AS done
