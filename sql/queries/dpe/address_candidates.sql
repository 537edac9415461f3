-- The buildings of a commune (by INSEE code $1, else by name $2, case-insensitive) whose address starts with the house
-- number $3: the address matcher compares their street words with the record's.
SELECT b.id, b.address
FROM buildings b
WHERE (b.commune_insee = $1 OR ($1 = '' AND lower(b.commune) = lower($2)))
  AND b.address LIKE $3 || ' %'
ORDER BY b.id
LIMIT 50
