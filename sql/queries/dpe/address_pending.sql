-- The unmatched records of $1 that have a raw address and a commune to look it up in.
SELECT d.number, d.address_raw, coalesce(d.ban_citycode, '') AS citycode, coalesce(d.ban_city, d.commune_raw) AS city,
  d.match_flags
FROM dpe_records d
WHERE d.number = ANY($1::text[]) AND d.building_id IS NULL AND d.address_raw IS NOT NULL
