-- Marks the stored records that the records $1 replace: kept as history, never the building's current label.
UPDATE dpe_records old SET superseded_by = d.number, updated_at = now()
FROM dpe_records d
WHERE d.number = ANY($1::text[]) AND d.replaces_number = old.number AND old.superseded_by IS DISTINCT FROM d.number
