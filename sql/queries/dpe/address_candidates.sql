-- The address matcher's candidates, for many records in one statement. $1: json array of {k, citycode, city,
-- house_number}, one per distinct lookup (citycode '' when the record has none; city '' when unknown). For each: the
-- buildings of the commune (by INSEE code citycode, else, when citycode is '', by name, case-insensitive) whose
-- address starts with the house number, at most 50, the lowest ids: the bound keeps one lookup from pulling a whole
-- commune, and a lookup with more than 50 such buildings sees only the first 50 by id (as the one-record query did).
-- The two ways of naming the commune are two branches, each gated on citycode, so that the code's branch can use the
-- commune_insee index (an OR over both would scan buildings). The JS compares their street words with the record's.
SELECT r.k, c.id, c.address
FROM json_to_recordset($1::json) AS r(k integer, citycode text, city text, house_number text)
CROSS JOIN LATERAL (
  SELECT u.id, u.address
  FROM (
    SELECT b.id, b.address
    FROM buildings b
    WHERE r.citycode <> '' AND b.commune_insee = r.citycode AND b.address LIKE r.house_number || ' %'
    UNION ALL
    SELECT b.id, b.address
    FROM buildings b
    WHERE r.citycode = '' AND (b.commune_insee = '' OR lower(b.commune) = lower(r.city))
      AND b.address LIKE r.house_number || ' %'
  ) u
  ORDER BY u.id
  LIMIT 50
) c
ORDER BY r.k, c.id
