import type { RoofFace } from '../geo/types';
import { gridQuery } from './gridQuery';
import { openRing } from './openRing';
import type { ShadingScene } from './types';

/** Largest vertex difference for two rings to be the same face [m]. */
const MATCH_EPS_M = 1e-6;

/**
 * Scene face ids of given faces, matched by ring geometry (same open ring, vertex by vertex, within 1 µm), so that a
 * face copied to another thread still matches. Faces not in the scene are skipped.
 *
 * @param scene the scene
 * @param faces faces to find
 * @param out receives scene face ids, up to its length
 * @returns the number written
 */
export function matchFaces(scene: ShadingScene, faces: readonly RoofFace[], out: Int32Array): number {
  let count = 0;
  for (const face of faces) {
    const ring = openRing(face.ring);
    const [x0, y0] = ring[0]!;
    const found = gridQuery(scene, x0, y0, x0, y0, MATCH_EPS_M);
    for (let k = 0; k < found && count < out.length; k++) {
      const b = scene.scratch.found[k]!;
      for (let f = scene.faceStart[b]!; f < scene.faceStart[b + 1]!; f++) {
        const first = scene.faceRingStart[f]!;
        if ((scene.faceRingStart[f + 1]! - first) / 2 !== ring.length) continue;
        const p = 4 * f;
        const same =
          ring.every(
            ([x, y], i) =>
              Math.abs(scene.faceRings[first + 2 * i]! - x) <= MATCH_EPS_M &&
              Math.abs(scene.faceRings[first + 2 * i + 1]! - y) <= MATCH_EPS_M,
          ) &&
          Math.abs(
            scene.facePlanes[p]! * ring[0]![0] +
              scene.facePlanes[p + 1]! * ring[0]![1] +
              scene.facePlanes[p + 2]! * ring[0]![2] -
              scene.facePlanes[p + 3]!,
          ) <= MATCH_EPS_M;
        if (same) out[count++] = f;
      }
    }
  }
  return count;
}
