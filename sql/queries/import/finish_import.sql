UPDATE imports SET imported = $2, updated = $3, repaired = $4, rejected = $5, report = $6::jsonb, skipped = $7,
  unchanged = $8, finished = $9
WHERE id = $1
