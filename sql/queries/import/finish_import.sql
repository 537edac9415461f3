UPDATE imports SET imported = $2, updated = $3, repaired = $4, rejected = $5, report = $6::jsonb WHERE id = $1
