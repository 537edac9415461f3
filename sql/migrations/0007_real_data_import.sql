-- Real data import (issue 8): roof surfaces given by 3D city models, a content hash for idempotent re-import,
-- skipped counts, and checkpoints of imports committed in batches (--batch-commit) so that they can resume.
ALTER TABLE buildings ADD COLUMN roof_surfaces geometry(MultiPolygonZ, 4326);
COMMENT ON COLUMN buildings.roof_surfaces IS 'Roof surfaces of a 3D city model (CityJSON LoD2 RoofSurface), lon/lat and z = metres above the ground; when set, the cadastre computes these faces instead of inferring them from the footprint.';
ALTER TABLE buildings ADD COLUMN content_hash text;
COMMENT ON COLUMN buildings.content_hash IS 'Hash of the imported record (geometry as read, attributes, CRS): a re-import of the same record changes nothing.';

ALTER TABLE imports ADD COLUMN skipped integer NOT NULL DEFAULT 0;
ALTER TABLE imports ADD COLUMN unchanged integer NOT NULL DEFAULT 0;
ALTER TABLE imports ADD COLUMN finished boolean NOT NULL DEFAULT true;

CREATE TABLE import_checkpoints (
  file_key text PRIMARY KEY,
  file_name text NOT NULL,
  import_id integer NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
  features_done bigint NOT NULL CHECK (features_done >= 0),
  counts jsonb NOT NULL DEFAULT '{}'::jsonb,
  updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE import_checkpoints IS 'Progress of an import committed in batches (--batch-commit): the features already committed, so that an interrupted import resumes after them. Deleted when the import finishes.';
