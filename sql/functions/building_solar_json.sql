-- building_solar_json(s, detail): the "solar" member of a building Feature's properties, the building's cadastre
-- summary rounded as the API sends it, or NULL when the building has not been computed (s is then the null side of
-- `LEFT JOIN building_solar s`). detail adds computed_at (GET /buildings/{id}); the bbox list leaves it out.
-- Used by building_feature_json.
--
-- The migrator (api/src/db/migrate.ts) runs every sql/functions/*.sql after the migrations on each migrate, on both
-- engines, so a file holds only CREATE OR REPLACE FUNCTION (and COMMENT ON) and editing it needs no new migration; a
-- changed argument list or result type needs a DROP FUNCTION IF EXISTS before it. LANGUAGE sql, STABLE and one
-- SELECT without FROM or subquery: the planner inlines it into the calling query, so it costs no per-row call.
CREATE OR REPLACE FUNCTION building_solar_json(s building_solar, detail boolean) RETURNS json
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN s.building_id IS NULL THEN NULL
    WHEN detail THEN json_build_object(
      'mean_kwh_m2', round(s.mean_kwh_m2::numeric, 1), 'best_kwh_m2', round(s.best_kwh_m2::numeric, 1),
      'roof_area_m2', round(s.roof_area_m2::numeric, 1), 'usable_area_m2', round(s.usable_area_m2::numeric, 1),
      'usable_kwh', round(s.usable_kwh::numeric), 'shading_loss_pct', round(s.shading_loss_pct::numeric, 1),
      'computed_at', s.computed_at)
    ELSE json_build_object(
      'mean_kwh_m2', round(s.mean_kwh_m2::numeric, 1), 'best_kwh_m2', round(s.best_kwh_m2::numeric, 1),
      'roof_area_m2', round(s.roof_area_m2::numeric, 1), 'usable_area_m2', round(s.usable_area_m2::numeric, 1),
      'usable_kwh', round(s.usable_kwh::numeric), 'shading_loss_pct', round(s.shading_loss_pct::numeric, 1))
  END
$$;
COMMENT ON FUNCTION building_solar_json(building_solar, boolean) IS
  'The solar summary of a building Feature, NULL when not computed; detail adds computed_at.';
