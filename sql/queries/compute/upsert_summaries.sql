INSERT INTO building_solar (building_id, weather_id, settings_hash, faces, roof_area_m2, usable_area_m2, mean_kwh_m2,
  best_kwh_m2, usable_kwh, shading_loss_pct)
SELECT r.building_id, $2, $3, r.faces, r.roof_area_m2, r.usable_area_m2, r.mean_kwh_m2, r.best_kwh_m2, r.usable_kwh,
  r.shading_loss_pct
FROM jsonb_to_recordset($1::jsonb) AS r(building_id integer, faces integer, roof_area_m2 real, usable_area_m2 real,
  mean_kwh_m2 real, best_kwh_m2 real, usable_kwh real, shading_loss_pct real)
ON CONFLICT (building_id) DO UPDATE SET weather_id = EXCLUDED.weather_id, settings_hash = EXCLUDED.settings_hash,
  faces = EXCLUDED.faces, roof_area_m2 = EXCLUDED.roof_area_m2, usable_area_m2 = EXCLUDED.usable_area_m2,
  mean_kwh_m2 = EXCLUDED.mean_kwh_m2, best_kwh_m2 = EXCLUDED.best_kwh_m2, usable_kwh = EXCLUDED.usable_kwh,
  shading_loss_pct = EXCLUDED.shading_loss_pct, computed_at = now()
