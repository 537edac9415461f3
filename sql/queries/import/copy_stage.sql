COPY import_stage (
  i, source, source_id, content_hash, wkb, roof_wkb, srid, height_m, height_estimated, levels, roof_shape,
  roof_pitch_deg, roof_direction_deg, ridge_azimuth_deg, year_built, typology, usage, dwellings, address,
  address_synthetic, name, commune, commune_insee, owner_name, cite_name, unesco, attributes, search_text, kind, shape,
  top_ratio, height_source, roof_rise_m, roof_origin
) FROM STDIN
