-- The label that counts for each building of $1 on the day $2: its real DPEs still valid then, not superseded, and
-- matched firmly enough to be trusted (confidence ≥ 0.5 and the raw address agreeing with its geocode: matchRules.ts
-- isTrustedMatch); of several
-- (the flats of a block), the worst class, from the newest record of that class. $2 ≥ 2026-01-01: the class under the
-- 1.9 electricity factor when the record gives it (ADEME reissues the label with it on request).
SELECT DISTINCT ON (d.building_id) d.building_id, d.number, d.issue_date::text AS issue_date,
  d.valid_until::text AS valid_until, d.final_kwh_m2,
  CASE WHEN $2::date >= DATE '2026-01-01' THEN coalesce(d.energy_class_2026, d.energy_class) ELSE d.energy_class END AS letter,
  CASE WHEN $2::date >= DATE '2026-01-01' THEN coalesce(d.primary_kwh_m2_2026, d.primary_kwh_m2) ELSE d.primary_kwh_m2 END AS ep_kwh_m2
FROM dpe_records d
WHERE d.building_id = ANY($1::int[]) AND d.superseded_by IS NULL AND d.issue_date <= $2::date
  AND d.valid_until >= $2::date AND d.match_confidence >= 0.5 AND NOT ('address_disagrees' = ANY(d.match_flags))
ORDER BY d.building_id,
  CASE WHEN $2::date >= DATE '2026-01-01' THEN coalesce(d.energy_class_2026, d.energy_class) ELSE d.energy_class END DESC,
  d.issue_date DESC, d.number
