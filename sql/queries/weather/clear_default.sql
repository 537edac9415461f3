UPDATE weather SET is_default = false WHERE is_default AND name <> $1
