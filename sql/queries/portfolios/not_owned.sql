-- Which of the ids $2 (integer[]) are not buildings of organisation $1 (unknown or another owner's).
SELECT x.id FROM unnest($2::integer[]) AS x(id)
WHERE NOT EXISTS (SELECT 1 FROM buildings b WHERE b.id = x.id AND b.owner_org = $1)
ORDER BY x.id
