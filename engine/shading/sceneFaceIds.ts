import type { ShadingScene } from './types';

/**
 * Scene face ids of the faces samples lie on, from their `RoofFace.index` within one building (−1: no face, → −2,
 * which matches no edge).
 *
 * @param scene the scene
 * @param b building index
 * @param indices RoofFace.index per sample, or −1
 * @throws RangeError naming the first sample whose index is not a face of the building
 */
export function sceneFaceIds(scene: ShadingScene, b: number, indices: Int32Array): Int32Array {
  const ids = new Int32Array(indices.length);
  for (let i = 0; i < indices.length; i++) {
    const index = indices[i]!;
    ids[i] = -2;
    if (index === -1) continue;
    for (let f = scene.faceStart[b]!; f < scene.faceStart[b + 1]!; f++) if (scene.faceIndexOf[f] === index) ids[i] = f;
    if (ids[i] === -2) {
      throw new RangeError(`selfFaceOfSample[${i}] = ${index} is not a face index of building ${scene.buildingIds[b]}`);
    }
  }
  return ids;
}
