-- One site: name, area and its footprint as GeoJSON text.
SELECT id, name, area_ha, ST_AsGeoJSON(footprint, 8) AS geometry FROM sites WHERE id = $1
