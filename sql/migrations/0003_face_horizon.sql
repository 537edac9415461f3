-- The mean horizon of each roof face's samples, per azimuth sector: the hourly PV model's shading profile.
ALTER TABLE roof_faces ADD COLUMN horizon_deg real[];
COMMENT ON COLUMN roof_faces.horizon_deg IS 'Mean horizon elevation of the face''s samples per azimuth sector from north, clockwise [deg] (NULL for faces computed before engine version 2).';
