-- Roof altitudes (issue 16, step 1): the rise of the roof the source measured (BD TOPO highest − lowest roof
-- altitude, OSM roof:height), from which the cadastre decides flat or pitched and the pitch, and where each
-- building's roof comes from, so that the API can say how much of it is measured.
ALTER TABLE buildings ADD COLUMN roof_rise_m real CHECK (roof_rise_m >= 0);
COMMENT ON COLUMN buildings.roof_rise_m IS 'Measured rise of the roof, ridge above eaves [m]: BD TOPO altitude_maximale_toit − altitude_minimale_toit (v2 Z_MAX_TOIT − Z_MIN_TOIT), else OSM roof:height; NULL when not measured or implausible (negative, above 0.8 × height_m). Read by the roof model when roof_pitch_deg is NULL (engine/roof roofFromRise).';
ALTER TABLE buildings ADD COLUMN roof_origin text NOT NULL DEFAULT 'inferred'
  CHECK (roof_origin IN ('surfaces', 'tags', 'altitudes', 'inferred'));
COMMENT ON COLUMN buildings.roof_origin IS 'Where the roof drawn comes from: surfaces = roof faces of a 3D city model (roof_surfaces); tags = a pitch, a flat shape or another shape given by the source''s attributes; altitudes = the measured roof_rise_m decides flat or pitched and the pitch; inferred = defaults by footprint, typology, storeys and use (docs/roofs.md).';
-- Rows imported before this migration: the same rule as the import (api/src/services/import/roofRise.ts), without a
-- rise (none was stored); a re-import reads their altitudes.
UPDATE buildings SET roof_origin = CASE
  WHEN roof_surfaces IS NOT NULL THEN 'surfaces'
  WHEN roof_pitch_deg IS NOT NULL OR roof_shape = 'flat' THEN 'tags'
  WHEN roof_shape IS NOT NULL AND roof_shape <> 'other' THEN 'tags'
  ELSE 'inferred'
END;
