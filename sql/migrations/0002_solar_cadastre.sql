-- Solar cadastre results: the roof faces of each building with their irradiation, and a per-building summary.
CREATE TABLE roof_faces (
  building_id integer NOT NULL REFERENCES buildings (id) ON DELETE CASCADE,
  face_index smallint NOT NULL CHECK (face_index >= 0),
  ring geometry(PolygonZ, 4326) NOT NULL,
  tilt_deg real NOT NULL CHECK (tilt_deg >= 0 AND tilt_deg < 90),
  azimuth_deg real NOT NULL CHECK (azimuth_deg >= 0 AND azimuth_deg < 360),
  area_m2 real NOT NULL CHECK (area_m2 > 0),
  plan_area_m2 real NOT NULL CHECK (plan_area_m2 >= 0),
  annual_kwh_m2 real NOT NULL,
  monthly_kwh_m2 real[] NOT NULL CHECK (cardinality(monthly_kwh_m2) = 12),
  deciles_kwh_m2 real[] NOT NULL CHECK (cardinality(deciles_kwh_m2) = 11),
  unshaded_annual_kwh_m2 real NOT NULL,
  shading_loss_pct real NOT NULL,
  sky_view_factor real NOT NULL,
  usable_area_m2 real NOT NULL,
  grid_spacing_m real NOT NULL CHECK (grid_spacing_m > 0 AND grid_spacing_m <= 1),
  grid_nu integer NOT NULL CHECK (grid_nu > 0),
  grid_nv integer NOT NULL CHECK (grid_nv > 0),
  sample_kwh_m2 real[] NOT NULL,
  PRIMARY KEY (building_id, face_index)
);
COMMENT ON TABLE roof_faces IS 'Roof faces (3D rings, z = metres above ground) with annual/monthly irradiation, deciles, shading loss, sky view factor and the per-sample heat-map grid (NULL outside the face).';

CREATE TABLE building_solar (
  building_id integer PRIMARY KEY REFERENCES buildings (id) ON DELETE CASCADE,
  weather_id integer NOT NULL REFERENCES weather (id) ON DELETE CASCADE,
  settings_hash text NOT NULL,
  faces integer NOT NULL,
  roof_area_m2 real NOT NULL,
  usable_area_m2 real NOT NULL,
  mean_kwh_m2 real NOT NULL,
  best_kwh_m2 real NOT NULL,
  usable_kwh real NOT NULL,
  shading_loss_pct real NOT NULL,
  computed_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE building_solar IS 'Per-building solar summary; its presence with the current settings_hash marks the building as computed (resumable batch).';
CREATE INDEX building_solar_settings ON building_solar (settings_hash);
