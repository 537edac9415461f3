/** What the LiDAR import left to read, by bbox: the tree crowns (GET /trees) and the files imported (GET /lidar/coverage). */
import type { Database } from '../../db/index.js';
import { sql } from '../../db/sql.js';

type Bbox = [number, number, number, number];

/** Tree crowns meeting bbox, by id, at most `limit`, as GeoJSON text (numberMatched counts them all). */
export async function listTrees(db: Database, bbox: Bbox, limit: number): Promise<string> {
  const result = await db.query<{ body: string }>(sql('trees/by_bbox'), [...bbox, limit]);
  return result.rows[0]!.body;
}

/** The imported LiDAR files whose extent meets bbox, as GeoJSON text. */
export async function listLidarCoverage(db: Database, bbox: Bbox): Promise<string> {
  const result = await db.query<{ body: string }>(sql('lidar/coverage_by_bbox'), bbox);
  return result.rows[0]!.body;
}
