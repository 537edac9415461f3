-- Social landlords' private data: attributes only their organisation sees, named sets of their buildings, and plans.
ALTER TABLE buildings ADD COLUMN private_attributes jsonb NOT NULL DEFAULT '{}'::jsonb;
COMMENT ON COLUMN buildings.private_attributes IS 'The owner organisation''s own data on the building (e.g. tenant change year, works done); returned only with that organisation''s token.';

CREATE TABLE portfolios (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  organisation_id integer NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  selection jsonb NOT NULL,
  building_ids integer[] NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE portfolios IS 'Named sets of an organisation''s buildings (by cite, commune, bbox, class, typology or list); building_ids resolved at creation, all owned by the organisation.';
CREATE INDEX portfolios_organisation ON portfolios (organisation_id);

CREATE TABLE plans (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  organisation_id integer NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  portfolio_id integer REFERENCES portfolios (id) ON DELETE SET NULL,
  input jsonb NOT NULL,
  result jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE plans IS 'Renovation plans computed for an organisation: the request and the plan (per house package and year, per year spend and classes, deadlines missed).';
CREATE INDEX plans_organisation ON plans (organisation_id);
