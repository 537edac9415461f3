import { groupHorizons } from './groupHorizons';
import { groupSamples } from './groupSamples';
import { DEFAULT_MAX_DISTANCE_M, DEFAULT_SECTORS, resolveDistance } from './resolveDistance';
import { sectorTable } from './sectorTable';
import { sceneFaceIds } from './sceneFaceIds';
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
 * approximation, measured on the demo in docs/shading.md. Result per sector: max(near, far). A building whose
 * samples spread wider than a house (half-diagonal > 12 m) is split into 16 m cells, each with its own near and
 * far field (`groupSamples`, `groupHorizons`), so that no sample lies more than 11.3 m from its far field's centre.
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
  for (let i = 0; i < samples.length; i++) {
    if (!Number.isFinite(samples[i]!)) {
      throw new RangeError(`samples[${Math.floor(i / 3)}] must be three finite numbers [m], got ${samples[i]}`);
    }
  }
  const selfIds = selfFaceOfSample === null ? null : sceneFaceIds(scene, b, selfFaceOfSample);
  const { order, start } = groupSamples(samples);
  for (let g = 0; g + 1 < start.length; g++) {
    const members = order.subarray(start[g]!, start[g + 1]!);
    groupHorizons(scene, b, samples, members, selfIds, table, maxDistance, nearDistance, out);
  }
  return out;
}
