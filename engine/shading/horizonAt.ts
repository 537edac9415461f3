import type { Horizon, Vec3 } from '../geo/types';
import { accumulateBuilding } from './accumulateBuilding';
import { accumulateHeap } from './accumulateHeap';
import { gridQuery } from './gridQuery';
import { matchFaces } from './matchFaces';
import { DEFAULT_MAX_DISTANCE_M, DEFAULT_SECTORS, resolveDistance } from './resolveDistance';
import { sectorTable } from './sectorTable';
import { selfFacesAt } from './selfFacesAt';
import { tangentsToDegrees } from './tangentsToDegrees';
import type { HorizonOptions, ShadingScene } from './types';

/**
 * The horizon seen from one point, exactly: for each of `sectors` azimuth sectors, the highest elevation [°] of any
 * obstacle seen in any direction of that sector (sector i covers [i·360/n, (i+1)·360/n) clockwise from north),
 * 0 where nothing rises above the point's horizontal plane.
 *
 * Every building whose bounding box comes within `maxDistance_m` contributes its top edges (`accumulateBuilding`,
 * exact per sector by `accumulateEdge`), walls up to their eaves included whichever side of a roof plane they stand;
 * every heap contributes its exact cone horizon (`accumulateHeap`). The point never shades itself: the edges of the
 * faces it lies on are skipped (`selfFaces`, or by `SELF_FACE_TOLERANCE_M` when omitted), an edge shared with another
 * face excepted. This is the reference the batch (`buildingHorizons`) is measured against.
 *
 * @param scene obstacles from `createShadingScene`
 * @param point the viewpoint [m] (local frame)
 * @param options.sectors number of sectors, integer within [4, 7200], default 72
 * @param options.maxDistance_m buildings farther are ignored [m], default 300
 * @param options.excludeBuildingId a building left out entirely (ignored when not in the scene)
 * @param options.selfFaces faces the point lies on (matched by geometry); omitted: found by tolerance
 * @returns elevation per sector [°], ≥ 0
 * @example horizonAt(scene, [0, 0, 1.5], { sectors: 36 })[18] // elevation due south [°]
 */
export function horizonAt(scene: ShadingScene, point: Vec3, options: HorizonOptions = {}): Horizon {
  const [px, py, pz] = point;
  if (!Number.isFinite(px) || !Number.isFinite(py) || !Number.isFinite(pz)) {
    throw new RangeError(`point must be three finite numbers [m], got ${JSON.stringify(point)}`);
  }
  const table = sectorTable(options.sectors ?? DEFAULT_SECTORS);
  const maxDistance = resolveDistance(options.maxDistance_m, DEFAULT_MAX_DISTANCE_M, 'options.maxDistance_m');
  const excluded =
    options.excludeBuildingId === undefined ? -1 : (scene.buildingIndex.get(options.excludeBuildingId) ?? -1);

  const self = new Int32Array(2).fill(-2);
  if (options.selfFaces) {
    matchFaces(scene, options.selfFaces, self);
  } else {
    const under = gridQuery(scene, px, py, px, py, 0);
    const candidates = scene.scratch.found.slice(0, under);
    let count = 0;
    for (const b of candidates) count = selfFacesAt(scene, b, px, py, pz, self, count);
  }

  const acc = new Float64Array(table.sectors);
  const found = gridQuery(scene, px, py, px, py, maxDistance);
  for (let k = 0; k < found; k++) {
    const b = scene.scratch.found[k]!;
    if (b !== excluded) accumulateBuilding(acc, table, scene, b, px, py, pz, self[0]!, self[1]!);
  }
  for (const heap of scene.heaps) accumulateHeap(acc, table, px, py, pz, heap);
  return tangentsToDegrees(acc, new Float32Array(table.sectors), 0);
}
