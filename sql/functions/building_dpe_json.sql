-- building_dpe_json(building_id): the real DPEs matched to a building, as GET /buildings/{id} returns them ("dpe"):
-- the public fields of ADEME's open data (no raw address, no BAN detail), the class under the 2026 electricity
-- factor, how the record was matched and what makes the match doubtful; the current labels first (deposited, not
-- superseded, still valid on the day asked), then the newest. An empty array when none is matched.
CREATE OR REPLACE FUNCTION building_dpe_json(building integer) RETURNS json
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT coalesce(json_agg(json_build_object(
    'number', d.number, 'issue_date', d.issue_date, 'valid_until', d.valid_until, 'visit_date', d.visit_date,
    'current', d.superseded_by IS NULL AND d.valid_until >= current_date,
    'superseded_by', d.superseded_by, 'building_type', d.building_type,
    'living_area_m2', d.living_area_m2, 'year_built', d.year_built, 'energy_class', d.energy_class,
    'ghg_class', d.ghg_class, 'primary_kwh_m2', d.primary_kwh_m2, 'ghg_kg_m2', d.ghg_kg_m2,
    'energy_class_2026', d.energy_class_2026, 'primary_kwh_m2_2026', d.primary_kwh_m2_2026,
    'reclass_2026_note', d.reclass_2026_note, 'heating_energy', d.heating_energy,
    'match_method', d.match_method, 'match_confidence', d.match_confidence, 'match_distance_m', d.match_distance_m,
    'match_flags', to_json(d.match_flags)
  ) ORDER BY (d.superseded_by IS NULL AND d.valid_until >= current_date) DESC, d.issue_date DESC, d.number), '[]'::json)
  FROM dpe_records d
  WHERE d.building_id = building
$$;
COMMENT ON FUNCTION building_dpe_json(integer) IS 'The real DPEs matched to a building, public fields, current first (GET /buildings/{id}).';
