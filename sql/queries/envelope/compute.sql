-- The buildings whose ids are in $1 (integer[]) and every building around them (bounding boxes within 0.0005°,
-- ≈ 35-55 m) with their footprints as hex EWKB and heights, as one JSON text. Only index and bounding-box operators
-- run here (no GEOS): the walls are measured in engine/envelope.
SELECT json_build_object(
  'targets', coalesce((SELECT json_agg(b.id) FROM buildings b WHERE b.id = ANY($1::integer[])), '[]'::json),
  'buildings', coalesce((
    SELECT json_agg(json_build_object('id', n.id, 'h', n.height_m, 'g', n.footprint::text))
    FROM buildings n
    WHERE n.footprint && (
      SELECT ST_Expand(ST_Extent(b.footprint)::geometry, 0.0005) FROM buildings b WHERE b.id = ANY($1::integer[])
    )
  ), '[]'::json)
)::text AS body
