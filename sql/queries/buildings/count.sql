SELECT (SELECT count(*) FROM buildings)::int AS buildings, (SELECT count(*) FROM obstacles)::int AS obstacles,
  (SELECT count(*) FROM weather)::int AS weather
