-- What identifies the content of a typical year ($1 = id), cheaply.
SELECT id, name, md5(summary::text) AS stamp
FROM weather
WHERE id = $1
