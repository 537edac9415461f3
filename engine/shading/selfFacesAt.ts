import type { ShadingScene } from './types';

/**
 * Distance from a face's plane within which a point counts as lying on that face [m]: roof samples are lifted
 * 0.05 m along the normal (engine/geo/types FaceGrid), so 0.1 m keeps them and leaves a 5 cm margin.
 */
export const SELF_FACE_TOLERANCE_M = 0.1;

/**
 * The faces of a building a point lies on: within `SELF_FACE_TOLERANCE_M` of the face's plane (either side) and
 * inside its outline in plan (even-odd rule). A point on a ridge or hip line in plan may get two.
 *
 * @param scene the scene
 * @param b building index
 * @param px point east [m]; py north, pz height
 * @param out receives scene face ids, in face order, up to its length
 * @param count faces already in `out`
 * @returns the new count
 */
export function selfFacesAt(
  scene: ShadingScene,
  b: number,
  px: number,
  py: number,
  pz: number,
  out: Int32Array,
  count: number,
): number {
  const { facePlanes: planes, faceRings: rings, faceRingStart: start } = scene;
  for (let f = scene.faceStart[b]!; f < scene.faceStart[b + 1]! && count < out.length; f++) {
    const o = 4 * f;
    const distance = planes[o]! * px + planes[o + 1]! * py + planes[o + 2]! * pz - planes[o + 3]!;
    if (Math.abs(distance) > SELF_FACE_TOLERANCE_M) continue;
    const first = start[f]!;
    const last = start[f + 1]! - 2;
    let inside = false;
    for (let i = first, j = last; i <= last; j = i, i += 2) {
      const xi = rings[i]!;
      const yi = rings[i + 1]!;
      const xj = rings[j]!;
      const yj = rings[j + 1]!;
      if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
    }
    if (inside) out[count++] = f;
  }
  return count;
}
