INSERT INTO imports (file_name, format, source_srid, finished) VALUES ($1, $2, $3, $4) RETURNING id
