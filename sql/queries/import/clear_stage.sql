-- DELETE, not TRUNCATE: truncating a temporary table inside a transaction allocates a new file each time.
DELETE FROM import_stage
