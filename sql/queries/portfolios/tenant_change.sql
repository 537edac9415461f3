-- The year each of the buildings $2 (integer[]) of organisation $1 is next vacated (private attribute
-- tenant_change_year, an integer), where the organisation has recorded one.
SELECT id, (private_attributes ->> 'tenant_change_year')::int AS year
FROM buildings
WHERE id = ANY($2::integer[]) AND owner_org = $1
  AND jsonb_typeof(private_attributes -> 'tenant_change_year') = 'number'
