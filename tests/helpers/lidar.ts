/**
 * LiDAR rows for tests, written by SQL as the import writes them (sql/migrations/0010_lidar.sql): one IGN LiDAR HD
 * file over a block of the demo in Lens, three tree crowns east of its first building, a measured roof on that
 * building and a sparse one on the next; the third gets a CityJSON roof, the fourth none of these.
 */
import type { Database } from '../../api/src/db/types.js';

export interface LidarDemo {
  /** The building measured (faces), its neighbour (sparse), one with a CityJSON roof and one with none of these. */
  measured: number;
  sparse: number;
  cityjson: number;
  plain: number;
  coverageId: number;
  treeIds: number[];
  /** [lon, lat] of the measured building's centroid. */
  centre: [number, number];
  /** A bbox of ≈ 350 × 550 m around it, holding the crowns. */
  bbox: [number, number, number, number];
}

/** Writes a LiDAR file, three crowns and two roofs around the first demo buildings of a Lens block. */
export async function insertLidarDemo(db: Database): Promise<LidarDemo> {
  const ids = (
    await db.query<{ id: number; lon: number; lat: number }>(
      `SELECT id, ST_X(centroid) AS lon, ST_Y(centroid) AS lat FROM buildings
       WHERE footprint && ST_MakeEnvelope(2.80, 50.43, 2.82, 50.445, 4326) AND roof_surfaces IS NULL
       ORDER BY id LIMIT 4`,
    )
  ).rows;
  const [measured, sparse, cityjson, plain] = ids.map((r) => r.id) as [number, number, number, number];
  const centre: [number, number] = [Number(ids[0]!.lon), Number(ids[0]!.lat)];
  const [lon, lat] = centre;
  const d = 0.0025;
  const coverageId = (
    await db.query<{ id: number }>(
      `INSERT INTO lidar_coverage (file_name, file_hash, format, product, crs, extent, acquired_on, point_count,
         density_pts_m2, class_counts, buildings_measured, buildings_sparse, trees)
       VALUES ('LHD_FXX_0687_7034_PTS_C_LAMB93_IGN69.copc.laz', 'test-hash', 'laz', 'points', 'EPSG:2154',
         ST_MakeEnvelope($1::float8 - 0.01, $2::float8 - 0.01, $1::float8 + 0.01, $2::float8 + 0.01, 4326),
         '2022-03-14', 21000000, 21.4, '{"2": 8000000, "5": 4000000, "6": 9000000}', 1, 1, 3)
       RETURNING id`,
      [lon, lat],
    )
  ).rows[0]!.id;
  // Crowns 40–80 m east of the building: small octagons (a ≈ 5 m radius), one with no base measured.
  const treeIds: number[] = [];
  for (const [k, top, base] of [
    [1, 12.5, 3.2],
    [2, 9, null],
    [3, 15.25, 4],
  ] as const) {
    const row = await db.query<{ id: number }>(
      `INSERT INTO lidar_trees (coverage_id, crown, top_m, base_m, ground_m, point_count)
       VALUES ($1, ST_Buffer(ST_SetSRID(ST_MakePoint($2, $3), 4326)::geography, 5, 2)::geometry, $4, $5, 31.2, 180)
       RETURNING id`,
      [coverageId, lon + 0.0006 * k, lat, top, base],
    );
    treeIds.push(row.rows[0]!.id);
  }
  const faces = [
    { tilt_deg: 38.2, azimuth_deg: 172.5, area_m2: 41.3, rms_m: 0.04, point_count: 880 },
    { tilt_deg: 37.9, azimuth_deg: 352.1, area_m2: 40.8, rms_m: 0.05, point_count: 861 },
  ];
  await db.query(
    `INSERT INTO lidar_roofs (building_id, coverage_id, status, surfaces, superstructures, faces, ground_m,
       point_count, density_pts_m2, rms_m, reason)
     SELECT $1, $2, 'faces', ST_Force3DZ(footprint),
       ST_Multi(ST_Buffer(ST_SetSRID(ST_MakePoint($4, $5), 4326)::geography, 0.5, 1)::geometry), $3::jsonb, 31.05,
       1741, 21.4, 0.045, NULL
     FROM buildings WHERE id = $1`,
    [measured, coverageId, JSON.stringify(faces), lon, lat],
  );
  await db.query(
    `INSERT INTO lidar_roofs (building_id, coverage_id, status, point_count, density_pts_m2, reason)
     VALUES ($1, $2, 'sparse', 12, 0.6, 'too few points')`,
    [sparse, coverageId],
  );
  await db.query('UPDATE buildings SET roof_surfaces = ST_Force3DZ(footprint) WHERE id = $1', [cityjson]);
  return {
    measured,
    sparse,
    cityjson,
    plain,
    coverageId,
    treeIds,
    centre,
    bbox: [lon - d, lat - d, lon + d, lat + d],
  };
}
