-- The roof face as the API returns it, in its two forms (rounded alike: tilt, azimuth, irradiation and shading to
-- 0.1, areas to 0.01, the sky view factor to 0.001; rings as GeoJSON with 8 decimals, z = metres above ground):
--   roof_face_json(f)             one element of a building's "roof_faces" (GET /buildings/{id}): results in full;
--   building_roof_faces_json(id)  that array for one building, by face_index ('[]' when not computed);
--   roof_face_feature_json(f)     one Feature of the heat-map collection (GET /roofs?bbox): the ring as geometry
--                                 and the per-cell annual grid rounded to 1 kWh/m² (null outside the face).
-- The PV estimate reads faces unrounded with EWKB rings (sql/queries/pv/building_faces.sql): engine input, not this.
--
-- Installed by the migrator after the migrations on each migrate (see building_solar_json.sql). roof_face_json and
-- roof_face_feature_json are inlined by the planner; building_roof_faces_json (a query of its own) is called once per
-- building detail. The grid is rounded without a subquery, 3 times faster than unnest + json_agg and inlinable: the
-- cast to numeric(15, 0)[] rounds each cell half away from zero as round() does; array_to_json writes "[a,b]" where
-- json_agg writes "[a, b]", and the replace (numbers and null hold no comma) keeps the bytes the API has always sent;
-- an empty grid stays null, as json_agg over no row made it.
CREATE OR REPLACE FUNCTION roof_face_json(f roof_faces) RETURNS json
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT json_build_object(
    'face_index', f.face_index, 'tilt_deg', round(f.tilt_deg::numeric, 1), 'azimuth_deg', round(f.azimuth_deg::numeric, 1),
    'area_m2', round(f.area_m2::numeric, 2), 'annual_kwh_m2', round(f.annual_kwh_m2::numeric, 1),
    'monthly_kwh_m2', f.monthly_kwh_m2, 'deciles_kwh_m2', f.deciles_kwh_m2,
    'unshaded_annual_kwh_m2', round(f.unshaded_annual_kwh_m2::numeric, 1),
    'shading_loss_pct', round(f.shading_loss_pct::numeric, 1), 'sky_view_factor', round(f.sky_view_factor::numeric, 3),
    'usable_area_m2', round(f.usable_area_m2::numeric, 2),
    'ring', ST_AsGeoJSON(f.ring, 8)::json
  )
$$;
COMMENT ON FUNCTION roof_face_json(roof_faces) IS 'One roof face of a building Feature (GET /buildings/{id}).';

CREATE OR REPLACE FUNCTION building_roof_faces_json(building_id integer) RETURNS json
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT coalesce(json_agg(roof_face_json(f) ORDER BY f.face_index), '[]'::json)
  FROM roof_faces f WHERE f.building_id = building_roof_faces_json.building_id
$$;
COMMENT ON FUNCTION building_roof_faces_json(integer) IS 'The roof faces of one building by face_index, [] when none.';

CREATE OR REPLACE FUNCTION roof_face_feature_json(f roof_faces) RETURNS json
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT json_build_object(
    'type', 'Feature',
    'geometry', ST_AsGeoJSON(f.ring, 8)::json,
    'properties', json_build_object(
      'building_id', f.building_id, 'face_index', f.face_index,
      'tilt_deg', round(f.tilt_deg::numeric, 1), 'azimuth_deg', round(f.azimuth_deg::numeric, 1),
      'area_m2', round(f.area_m2::numeric, 2), 'annual_kwh_m2', round(f.annual_kwh_m2::numeric, 1),
      'shading_loss_pct', round(f.shading_loss_pct::numeric, 1),
      'grid_spacing_m', f.grid_spacing_m, 'grid_nu', f.grid_nu, 'grid_nv', f.grid_nv,
      'sample_kwh_m2', CASE WHEN cardinality(f.sample_kwh_m2) > 0
        THEN replace(array_to_json(f.sample_kwh_m2::numeric(15, 0)[])::text, ',', ', ')::json END
    )
  )
$$;
COMMENT ON FUNCTION roof_face_feature_json(roof_faces) IS 'One roof face as a heat-map Feature (GET /roofs?bbox).';
