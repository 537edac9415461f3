-- Footprints (GeoJSON geometry) and addresses of the buildings $1 (integer[]), for the plan's GeoJSON export.
SELECT id, ST_AsGeoJSON(footprint, 7) AS geometry, address, commune, cite_name FROM buildings WHERE id = ANY($1::integer[])
ORDER BY id
