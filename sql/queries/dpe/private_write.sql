-- Adds (or replaces) the dpe_* keys of $1 ([{id, patch}]) in the private attributes of the buildings organisation $2
-- owns; other keys are kept.
UPDATE buildings b SET private_attributes = b.private_attributes || p.patch, updated_at = now()
FROM jsonb_to_recordset($1::jsonb) AS p(id integer, patch jsonb)
WHERE b.id = p.id AND b.owner_org = $2
