-- A typical year with its hourly arrays by id ($1).
SELECT id, name, format, source, ST_X(location) AS lon, ST_Y(location) AS lat, elevation_m, time_utc_ms, ghi_w_m2,
  dni_w_m2, dhi_w_m2, air_temperature_c, wind_speed_m_s, relative_humidity_pct, pressure_pa
FROM weather
WHERE id = $1
