-- The building a DPE number is matched to (the search box's DPE lookup): the columns of buildings/search, score 1.
-- $1: the number, upper case.
SELECT b.id, b.address, b.address_synthetic, b.name, b.commune, b.cite_name,
  ST_X(b.centroid) AS lon, ST_Y(b.centroid) AS lat, 1 AS score
FROM dpe_records d
JOIN buildings b ON b.id = d.building_id
WHERE d.number = $1
