-- The records $1 as an import just stored and matched them (read back inside the savepoint that then undoes them:
-- importDpe.ts matchWithoutKeeping).
SELECT number, building_id, match_method, match_confidence, match_flags, energy_class, energy_class_2026,
  primary_kwh_m2, primary_kwh_m2_2026, ghg_kg_m2, issue_date::text AS issue_date, valid_until::text AS valid_until,
  superseded_by
FROM dpe_records
WHERE number = ANY($1::text[])
ORDER BY number
