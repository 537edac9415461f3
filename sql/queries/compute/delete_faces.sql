DELETE FROM roof_faces WHERE building_id = ANY($1::int[])
