-- Of the numbers $1, those a stored record says it replaces (dpe_a_remplacer): the import skips them.
SELECT d.replaces_number AS number, d.number AS by
FROM dpe_records d
WHERE d.replaces_number = ANY($1::text[])
