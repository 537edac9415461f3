-- Slag heaps as the shading model takes them: centre, radius of the circle of equal area, height, top ratio.
SELECT id, ST_X(ST_Centroid(footprint)) AS lon, ST_Y(ST_Centroid(footprint)) AS lat,
  sqrt(ST_Area(footprint::geography) / pi()) AS base_radius_m, height_m, top_ratio
FROM obstacles
ORDER BY id
