import { accumulateBuilding } from './accumulateBuilding';
import { accumulateHeap } from './accumulateHeap';
import { buildingHidden } from './buildingHidden';
import { gridQuery } from './gridQuery';
import type { SectorTable } from './sectorTable';
import { selfFacesAt } from './selfFacesAt';
import { tangentsToDegrees } from './tangentsToDegrees';
import type { ShadingScene } from './types';

/**
 * The horizons of one group of samples of a building (see `buildingHorizons`): near field per sample, far field once
 * from the group's centre at its lowest and highest sample, interpolated in height.
 *
 * @param scene the scene
 * @param b building index
 * @param samples x, y, z triplets of all the building's samples [m]
 * @param members indices of this group's samples
 * @param selfIds scene face id per sample (−2: none), or null to find them by tolerance
 * @param table the sector boundaries
 * @param maxDistance buildings farther from the group's centre are ignored [m]
 * @param nearDistance near-field distance from the group's bounding box [m]
 * @param out horizons of all samples [°], written at sample·sectors
 */
export function groupHorizons(
  scene: ShadingScene,
  b: number,
  samples: Float64Array,
  members: Int32Array,
  selfIds: Int32Array | null,
  table: SectorTable,
  maxDistance: number,
  nearDistance: number,
  out: Float32Array,
): void {
  const sectors = table.sectors;
  let x0 = Infinity;
  let y0 = Infinity;
  let z0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  let z1 = -Infinity;
  for (let m = 0; m < members.length; m++) {
    const i = members[m]!;
    const x = samples[3 * i]!;
    const y = samples[3 * i + 1]!;
    const z = samples[3 * i + 2]!;
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    z0 = Math.min(z0, z);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
    z1 = Math.max(z1, z);
  }
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;

  // Split the candidates: near ones listed for the per-sample pass, far ones added to the far field now, both
  // nearest first so that hidden buildings are skipped (`buildingHidden`).
  const halfDiagonal = Math.hypot(x1 - x0, y1 - y0) / 2;
  const found = gridQuery(scene, x0, y0, x1, y1, Math.max(nearDistance, maxDistance + halfDiagonal));
  const { found: candidates, listed: near, distance } = scene.scratch;
  const bounds = scene.buildingBounds;
  let nearCount = 0;
  let farCount = 0;
  for (let k = 0; k < found; k++) {
    const c = candidates[k]!;
    const o = 4 * c;
    const dx = Math.max(0, bounds[o]! - x1, x0 - bounds[o + 2]!);
    const dy = Math.max(0, bounds[o + 1]! - y1, y0 - bounds[o + 3]!);
    const ex = Math.max(0, bounds[o]! - cx, cx - bounds[o + 2]!);
    const ey = Math.max(0, bounds[o + 1]! - cy, cy - bounds[o + 3]!);
    distance[c] = Math.sqrt(ex * ex + ey * ey);
    if (Math.sqrt(dx * dx + dy * dy) <= nearDistance) near[nearCount++] = c;
    else if (distance[c]! <= maxDistance) candidates[farCount++] = c;
  }
  const byDistance = (p: number, q: number) => distance[p]! - distance[q]!;
  const nearList = near.subarray(0, nearCount).sort(byDistance);
  const farList = candidates.subarray(0, farCount).sort(byDistance);

  const farLow = new Float64Array(sectors);
  const farHigh = new Float64Array(sectors);
  const nearHeaps = scene.heaps.filter((heap) => {
    const dx = Math.max(0, x0 - heap.center[0], heap.center[0] - x1);
    const dy = Math.max(0, y0 - heap.center[1], heap.center[1] - y1);
    return Math.hypot(dx, dy) - heap.base_radius_m <= nearDistance;
  });
  for (const [acc, z] of [
    [farLow, z0],
    [farHigh, z1],
  ] as const) {
    if (acc === farHigh && !(z1 > z0)) break;
    for (const heap of scene.heaps) if (!nearHeaps.includes(heap)) accumulateHeap(acc, table, cx, cy, z, heap);
    for (const c of farList) {
      if (!buildingHidden(acc, table, scene, c, cx, cy, z)) accumulateBuilding(acc, table, scene, c, cx, cy, z, -2, -2);
    }
  }

  const acc = new Float64Array(sectors);
  const self = new Int32Array(2);
  const span = z1 - z0;
  for (let m = 0; m < members.length; m++) {
    const i = members[m]!;
    const px = samples[3 * i]!;
    const py = samples[3 * i + 1]!;
    const pz = samples[3 * i + 2]!;
    const w = span > 0 ? (pz - z0) / span : 0;
    for (let k = 0; k < sectors; k++) acc[k] = farLow[k]! + w * (farHigh[k]! - farLow[k]!);
    self[0] = -2;
    self[1] = -2;
    if (selfIds) self[0] = selfIds[i]!;
    else selfFacesAt(scene, b, px, py, pz, self, 0);
    for (let k = 0; k < nearCount; k++) {
      const c = nearList[k]!;
      if (c === b || !buildingHidden(acc, table, scene, c, px, py, pz)) {
        accumulateBuilding(acc, table, scene, c, px, py, pz, self[0]!, self[1]!);
      }
    }
    for (const heap of nearHeaps) accumulateHeap(acc, table, px, py, pz, heap);
    tangentsToDegrees(acc, out, i * sectors);
  }
}
