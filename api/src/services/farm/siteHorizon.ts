import type { Database } from '../../db/index.js';
import { sql } from '../../db/sql.js';
import type { LocalFrame } from '../../../../engine/geo/localFrame.js';
import { createShadingScene, horizonAt } from '../../../../engine/shading/index.js';
import type { BuildingObstacle, HeapObstacle, Horizon } from '../../../../engine/geo/types.js';

/** Buildings farther than this from the site's bounding box do not shade it [m]. */
const REACH_M = 300;
/** Height of the viewpoint above the ground: the middle of a 2P table at 25° stands ≈ 1.5–2 m high [m]. */
const EYE_M = 2;

/**
 * The horizon of a farm site from the shading engine (engine/shading horizonAt, 72 sectors): the slag heaps of the
 * obstacles table (cones or truncated cones) and the buildings within 300 m as prisms up to their height, seen from
 * 2 m above the ground at the site's centroid — above the top of the heap it stands on, when the site is a heap's
 * plateau (that heap is then the ground, not an obstacle). One profile for the whole site: rows near an edge see more
 * or less.
 *
 * @param frame the site's local frame
 * @param centroid the site's centroid in that frame [m]
 * @param bbox the site's bounding box [lon, lat]
 */
export async function siteHorizon(
  db: Database,
  frame: LocalFrame,
  centroid: [number, number],
  bbox: [number, number, number, number],
): Promise<Horizon> {
  const heapRows = (
    await db.query<{ lon: number; lat: number; base_radius_m: number; height_m: number; top_ratio: number }>(
      sql('compute/obstacles'),
    )
  ).rows;
  const all: HeapObstacle[] = heapRows.map((h) => ({
    center: frame.toLocal([Number(h.lon), Number(h.lat)]),
    base_radius_m: Number(h.base_radius_m),
    height_m: Number(h.height_m),
    top_ratio: Number(h.top_ratio),
  }));
  // A site on a heap's plateau stands on it: that heap is the ground, and the eye is on its top.
  const under = all.filter((h) => Math.hypot(h.center[0] - centroid[0], h.center[1] - centroid[1]) < h.base_radius_m);
  const heaps = all.filter((h) => !under.includes(h));
  const ground_m = under.reduce((m, h) => Math.max(m, h.height_m), 0);
  const lat0 = (bbox[1] + bbox[3]) / 2;
  const dLat = REACH_M / 111_200;
  const dLon = REACH_M / (111_320 * Math.cos((lat0 * Math.PI) / 180));
  const rows = (
    await db.query<{ id: number; footprint: string; height_m: number }>(sql('compute/tile_buildings'), [
      bbox[0] - dLon,
      bbox[1] - dLat,
      bbox[2] + dLon,
      bbox[3] + dLat,
    ])
  ).rows;
  const buildings: BuildingObstacle[] = rows.map((r) => ({
    id: r.id,
    footprint: (JSON.parse(r.footprint) as { coordinates: number[][][][] }).coordinates.map((part) =>
      part[0]!.map((p) => frame.toLocal([p[0]!, p[1]!])),
    ),
    eaves_m: Number(r.height_m),
    faces: [],
  }));
  const scene = createShadingScene({ buildings, heaps });
  return horizonAt(scene, [centroid[0], centroid[1], ground_m + EYE_M], { sectors: 72, maxDistance_m: 3_000 });
}
