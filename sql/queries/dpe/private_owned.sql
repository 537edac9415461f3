-- The buildings among $1 that organisation $2 owns, with their private attributes, locked until the upload's
-- transaction ends (two uploads of one landlord do not interleave their choices).
SELECT id, private_attributes AS attributes
FROM buildings
WHERE id = ANY($1::int[]) AND owner_org = $2
ORDER BY id
FOR UPDATE
