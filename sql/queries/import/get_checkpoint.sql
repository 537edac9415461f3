SELECT import_id, features_done, counts FROM import_checkpoints WHERE file_key = $1
