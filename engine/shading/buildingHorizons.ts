import { accumulateBuilding } from './accumulateBuilding';
import { accumulateHeap } from './accumulateHeap';
import { buildingHidden } from './buildingHidden';
import { gridQuery } from './gridQuery';
import { DEFAULT_MAX_DISTANCE_M, DEFAULT_SECTORS, resolveDistance } from './resolveDistance';
import { sectorTable } from './sectorTable';
import { sceneFaceIds } from './sceneFaceIds';
import { selfFacesAt } from './selfFacesAt';
import { tangentsToDegrees } from './tangentsToDegrees';
import type { BuildingHorizonsOptions, ShadingScene } from './types';

/**
 * Default near-field distance [m]: on the demo, 0.056° mean and 8.2° worst difference per sector from the exact
 * horizons at 13 µs per point; 25 m is 20 % faster and twice as far off, 60 m 20 % slower and twice as close
 * (docs/shading.md).
 */
export const DEFAULT_NEAR_DISTANCE_M = 40;

/**
 * Horizons of all the sample points of one building's roof: the batch entry point of the cadastre.
 *
 * Near field, per sample and exact: the buildings whose bounding box comes within `nearDistance_m` of the samples'
 * bounding box (the building itself included, the sample's own face excluded) and the heaps whose base circle does.
 * Far field, once per building: every other building within `maxDistance_m` of the samples' centre (the centre of
 * their bounding box) and every other heap, seen from that centre at the samples' lowest height z₀ and highest z₁;
 * a sample at height z takes the tangents interpolated linearly between the two. The horizon tangent of each far
 * obstacle point is linear in z, their maximum convex, so the interpolation never falls below the centre's horizon
 * between z₀ and z₁ (it errs high, by little). The horizontal offset of a sample from the centre is the remaining
 * approximation, measured on the demo in docs/shading.md. Result per sector: max(near, far).
 *
 * Speed: buildings are taken nearest first and one that cannot raise any sector it may cover is skipped
 * (`buildingHidden`); vertices are placed once per building and sample; nothing is allocated per sample.
 *
 * @param scene obstacles from `createShadingScene`
 * @param buildingId id of the building the samples lie on
 * @param samples x, y, z of each sample [m] (e.g. `FaceGrid.points` of its faces, concatenated)
 * @param selfFaceOfSample `RoofFace.index` of the face each sample lies on (−1: none); null: found by tolerance
 * @param options.sectors number of sectors, default 72
 * @param options.maxDistance_m buildings farther from the samples' centre are ignored [m], default 300
 * @param options.nearDistance_m near-field distance [m], default 40
 * @returns the horizons, sample after sample: elevation [°] of sector k of sample i at i·sectors + k
 * @throws RangeError for an unknown building, malformed samples or face indices, or invalid options
 */
export function buildingHorizons(
  scene: ShadingScene,
  buildingId: number,
  samples: Float64Array,
  selfFaceOfSample: Int32Array | null,
  options: BuildingHorizonsOptions = {},
): Float32Array {
  const b = scene.buildingIndex.get(buildingId);
  if (b === undefined) throw new RangeError(`buildingId ${buildingId} is not in the scene`);
  if (!(samples instanceof Float64Array) || samples.length % 3 !== 0) {
    throw new RangeError(`samples must be a Float64Array of x, y, z triplets, got length ${samples?.length}`);
  }
  const count = samples.length / 3;
  if (selfFaceOfSample !== null && selfFaceOfSample.length !== count) {
    throw new RangeError(
      `selfFaceOfSample must hold one face index per sample (${count}), got ${selfFaceOfSample.length}`,
    );
  }
  const sectors = options.sectors ?? DEFAULT_SECTORS;
  let table = scene.scratch.tables.get(sectors);
  if (!table) scene.scratch.tables.set(sectors, (table = sectorTable(sectors)));
  const maxDistance = resolveDistance(options.maxDistance_m, DEFAULT_MAX_DISTANCE_M, 'options.maxDistance_m');
  const nearDistance = resolveDistance(options.nearDistance_m, DEFAULT_NEAR_DISTANCE_M, 'options.nearDistance_m');
  const out = new Float32Array(count * sectors);
  if (count === 0) return out;

  let x0 = Infinity;
  let y0 = Infinity;
  let z0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  let z1 = -Infinity;
  for (let i = 0; i < samples.length; i += 3) {
    const x = samples[i]!;
    const y = samples[i + 1]!;
    const z = samples[i + 2]!;
    if (!Number.isFinite(x) || !Number.isFinite(y) || !Number.isFinite(z)) {
      throw new RangeError(`samples[${i / 3}] must be three finite numbers [m], got ${x}, ${y}, ${z}`);
    }
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    z0 = Math.min(z0, z);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
    z1 = Math.max(z1, z);
  }
  const selfIds = selfFaceOfSample === null ? null : sceneFaceIds(scene, b, selfFaceOfSample);
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
  for (let i = 0; i < count; i++) {
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
  return out;
}
