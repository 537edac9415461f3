-- One batch of roof faces with their results; $1: jsonb array of records, arrays as PostgreSQL array literals.
INSERT INTO roof_faces (building_id, face_index, ring, tilt_deg, azimuth_deg, area_m2, plan_area_m2, annual_kwh_m2,
  monthly_kwh_m2, deciles_kwh_m2, unshaded_annual_kwh_m2, shading_loss_pct, sky_view_factor, usable_area_m2,
  grid_spacing_m, grid_nu, grid_nv, sample_kwh_m2, horizon_deg)
SELECT r.building_id, r.face_index, ST_SetSRID(ST_GeomFromGeoJSON(r.ring), 4326), r.tilt_deg, r.azimuth_deg, r.area_m2,
  r.plan_area_m2, r.annual_kwh_m2, r.monthly_kwh_m2::real[], r.deciles_kwh_m2::real[], r.unshaded_annual_kwh_m2,
  r.shading_loss_pct, r.sky_view_factor, r.usable_area_m2, r.grid_spacing_m, r.grid_nu, r.grid_nv,
  r.sample_kwh_m2::real[], r.horizon_deg::real[]
FROM jsonb_to_recordset($1::jsonb) AS r(building_id integer, face_index smallint, ring text, tilt_deg real,
  azimuth_deg real, area_m2 real, plan_area_m2 real, annual_kwh_m2 real, monthly_kwh_m2 text, deciles_kwh_m2 text,
  unshaded_annual_kwh_m2 real, shading_loss_pct real, sky_view_factor real, usable_area_m2 real, grid_spacing_m real,
  grid_nu integer, grid_nv integer, sample_kwh_m2 text, horizon_deg text)
