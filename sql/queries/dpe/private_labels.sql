-- The diagnostics organisation $2 keeps in the private attributes of its own buildings among $1 (the dpe_* keys an
-- upload to POST /me/dpe writes, or a landlord typed in with PUT /buildings/{id}/private); they are checked and
-- dated by privateDpe.ts (privateLabelOf), since hand-typed values can be anything.
SELECT b.id AS building_id, b.private_attributes AS attributes
FROM buildings b
WHERE b.id = ANY($1::int[]) AND b.owner_org = $2 AND b.private_attributes ? 'dpe_number'
