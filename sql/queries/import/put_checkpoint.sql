INSERT INTO import_checkpoints (file_key, file_name, import_id, features_done, counts)
VALUES ($1, $2, $3, $4, $5::jsonb)
ON CONFLICT (file_key) DO UPDATE SET features_done = EXCLUDED.features_done, counts = EXCLUDED.counts,
  updated_at = now()
