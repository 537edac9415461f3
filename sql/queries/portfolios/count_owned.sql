-- How many buildings organisation $1 owns.
SELECT count(*)::int AS n FROM buildings WHERE owner_org = $1
