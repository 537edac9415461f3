DELETE FROM import_stage WHERE i = ANY($1::int[])
