SELECT ST_XMin(e) AS xmin, ST_YMin(e) AS ymin, ST_XMax(e) AS xmax, ST_YMax(e) AS ymax, n,
  (SELECT count(*) FROM obstacles)::int AS obstacles,
  (SELECT count(*) FROM building_solar)::int AS solar_computed
FROM (SELECT ST_Extent(footprint) AS e, count(*)::int AS n FROM buildings) AS s
