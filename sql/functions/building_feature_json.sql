-- building_feature_json(b, s, detail, viewer_org): a building as a GeoJSON Feature, as the API returns it.
--   detail = false: the member of the bbox list (GET /buildings?bbox): the public attributes and the solar summary;
--   detail = true: GET /buildings/{id}: also INSEE code, source id, dwellings, usage, attributes, centroid, the
--     solar summary with computed_at, the roof faces, the real DPEs matched to it, where the roof comes from and its
--     LiDAR measure (building_roof_source and building_lidar_json, sql/functions/building_lidar_json.sql), and
--     private_attributes when viewer_org owns the building (NULL otherwise, and for any caller without an organisation).
-- s is the building's building_solar row or the null side of a LEFT JOIN. Pass detail as a constant: the planner
-- inlines this function and keeps only the branch asked for, so the list never reads roof_faces. A subquery written
-- here (EXISTS, a scalar SELECT) would stop that inlining: what the detail reads of other tables is in functions.
--
-- Installed by the migrator after the migrations on each migrate (see building_solar_json.sql).
CREATE OR REPLACE FUNCTION building_feature_json(b buildings, s building_solar, detail boolean, viewer_org integer)
RETURNS json LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT json_build_object(
    'type', 'Feature',
    'id', b.id,
    'geometry', ST_AsGeoJSON(b.footprint, 7)::json,
    'properties', CASE WHEN detail THEN json_build_object(
      'id', b.id, 'height_m', b.height_m, 'height_estimated', b.height_estimated, 'levels', b.levels,
      'roof_shape', b.roof_shape, 'roof_pitch_deg', b.roof_pitch_deg, 'roof_direction_deg', b.roof_direction_deg,
      'ridge_azimuth_deg', b.ridge_azimuth_deg, 'roof_rise_m', b.roof_rise_m, 'roof_origin', b.roof_origin,
      'footprint_area_m2', round(b.footprint_area_m2::numeric, 2),
      'typology', b.typology, 'year_built', b.year_built, 'address', b.address, 'address_synthetic', b.address_synthetic,
      'name', b.name, 'commune', b.commune, 'commune_insee', b.commune_insee, 'owner_name', b.owner_name,
      'cite_name', b.cite_name, 'unesco', b.unesco, 'source', b.source, 'source_id', b.source_id,
      'dwellings', b.dwellings, 'usage', b.usage, 'attributes', b.attributes,
      'private_attributes', CASE WHEN viewer_org IS NOT NULL AND b.owner_org = viewer_org THEN b.private_attributes END,
      'centroid', json_build_array(round(ST_X(b.centroid)::numeric, 7), round(ST_Y(b.centroid)::numeric, 7)),
      'solar', building_solar_json(s, true),
      'roof_faces', building_roof_faces_json(b.id),
      'dpe', building_dpe_json(b.id),
      'roof_source', building_roof_source(b.id, b.roof_surfaces IS NOT NULL),
      'lidar', building_lidar_json(b.id)
    ) ELSE json_build_object(
      'id', b.id, 'height_m', b.height_m, 'height_estimated', b.height_estimated, 'levels', b.levels,
      'roof_shape', b.roof_shape, 'roof_pitch_deg', b.roof_pitch_deg, 'roof_direction_deg', b.roof_direction_deg,
      'ridge_azimuth_deg', b.ridge_azimuth_deg, 'roof_rise_m', b.roof_rise_m, 'roof_origin', b.roof_origin,
      'footprint_area_m2', round(b.footprint_area_m2::numeric, 2),
      'typology', b.typology, 'year_built', b.year_built, 'address', b.address, 'address_synthetic', b.address_synthetic,
      'name', b.name, 'commune', b.commune, 'owner_name', b.owner_name, 'cite_name', b.cite_name, 'unesco', b.unesco,
      'source', b.source,
      'solar', building_solar_json(s, false)
    ) END
  )
$$;
COMMENT ON FUNCTION building_feature_json(buildings, building_solar, boolean, integer) IS
  'A building as a GeoJSON Feature: the bbox list member, or with detail the full building of GET /buildings/{id}.';
