-- Records that this import ($1) saw the unchanged buildings $2, so that a second copy later in the file is found.
UPDATE buildings SET import_id = $1 WHERE id = ANY($2::int[])
