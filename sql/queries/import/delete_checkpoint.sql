DELETE FROM import_checkpoints WHERE file_key = $1
