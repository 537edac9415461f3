-- The records of a batch that belong to the territory the database holds: an RNB id of one of its buildings, a BAN
-- point within $2 degrees of one of its footprints, or a BAN commune code that some building has.
-- $1: json array of {number, rnb_id, x, y, citycode} (x, y in Lambert-93); $2: margin [deg].
SELECT r.number
FROM json_to_recordset($1::json) AS r(number text, rnb_id text, x float8, y float8, citycode text)
WHERE (r.rnb_id IS NOT NULL AND EXISTS (SELECT 1 FROM buildings b WHERE b.rnb_ids @> ARRAY[upper(r.rnb_id)]))
   OR (r.citycode IS NOT NULL AND EXISTS (SELECT 1 FROM buildings b WHERE b.commune_insee = r.citycode))
   OR (r.x IS NOT NULL AND EXISTS (
        SELECT 1 FROM buildings b
        WHERE b.footprint && ST_Expand(ST_Transform(ST_SetSRID(ST_MakePoint(r.x, r.y), 2154), 4326), $2::float8)))
