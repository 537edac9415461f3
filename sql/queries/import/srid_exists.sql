SELECT srid, auth_name FROM spatial_ref_sys WHERE srid = $1
