INSERT INTO imports (file_name, format, source_srid) VALUES ($1, $2, $3) RETURNING id
