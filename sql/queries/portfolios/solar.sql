-- The computed roofs of the buildings $1 (integer[]), best usable sunlight first: cadastre summary and cité.
SELECT s.building_id, s.usable_area_m2, s.usable_kwh, s.mean_kwh_m2, b.cite_name
FROM building_solar s JOIN buildings b ON b.id = s.building_id
WHERE s.building_id = ANY($1::integer[])
ORDER BY s.usable_kwh DESC, s.building_id
