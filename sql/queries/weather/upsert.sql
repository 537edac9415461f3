-- Stores one typical year; $1 name, $2 format, $3 source, $4 lon, $5 lat, $6 elevation, $7 is_default, $8 summary,
-- $9..$16 the hourly arrays.
INSERT INTO weather (name, format, source, location, elevation_m, hours, is_default, summary, time_utc_ms, ghi_w_m2,
  dni_w_m2, dhi_w_m2, air_temperature_c, wind_speed_m_s, relative_humidity_pct, pressure_pa)
VALUES ($1, $2, $3, CASE WHEN $4::float8 IS NULL OR $5::float8 IS NULL THEN NULL ELSE ST_SetSRID(ST_MakePoint($4, $5), 4326) END,
  $6, 8760, $7, $8::jsonb, $9, $10, $11, $12, $13, $14, $15, $16)
ON CONFLICT (name) DO UPDATE SET format = EXCLUDED.format, source = EXCLUDED.source, location = EXCLUDED.location,
  elevation_m = EXCLUDED.elevation_m, summary = EXCLUDED.summary, time_utc_ms = EXCLUDED.time_utc_ms,
  ghi_w_m2 = EXCLUDED.ghi_w_m2, dni_w_m2 = EXCLUDED.dni_w_m2, dhi_w_m2 = EXCLUDED.dhi_w_m2,
  air_temperature_c = EXCLUDED.air_temperature_c, wind_speed_m_s = EXCLUDED.wind_speed_m_s,
  relative_humidity_pct = EXCLUDED.relative_humidity_pct, pressure_pa = EXCLUDED.pressure_pa
RETURNING id
