SELECT id, name, ST_X(location) AS lon, ST_Y(location) AS lat, time_utc_ms, ghi_w_m2, dni_w_m2, dhi_w_m2,
  air_temperature_c
FROM weather
WHERE is_default
