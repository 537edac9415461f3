import { accumulateEdge } from './accumulateEdge';
import type { SectorTable } from './sectorTable';
import type { ShadingScene } from './types';

/**
 * Raises a horizon (tangents of elevation per sector) by one building of a scene: each of its top edges that rises
 * above the point, except the edges bounding only the point's own faces (`self0`, `self1`, scene face ids; −2 for
 * none). An edge shared by an own face and another face (the ridge seen from a sample on one slope) still counts.
 *
 * @param acc tangent of the horizon elevation per sector, raised in place (values ≥ 0 on entry)
 * @param table the sector boundaries
 * @param scene the scene
 * @param b building index
 * @param px viewpoint east [m]; py north, pz height
 * @param self0 scene id of a face the point lies on, or −2
 * @param self1 scene id of a second such face, or −2
 */
export function accumulateBuilding(
  acc: Float64Array,
  table: SectorTable,
  scene: ShadingScene,
  b: number,
  px: number,
  py: number,
  pz: number,
  self0: number,
  self1: number,
): void {
  if (scene.buildingTop_m[b]! <= pz) return;
  const { edges, edgeTop_m, edgeFaceA, edgeFaceB } = scene;
  const end = scene.edgeStart[b + 1]!;
  for (let e = scene.edgeStart[b]!; e < end; e++) {
    if (edgeTop_m[e]! <= pz) continue;
    const fa = edgeFaceA[e]!;
    const fb = edgeFaceB[e]!;
    if ((fa === self0 || fa === self1) && (fb === self0 || fb === self1)) continue;
    const o = 6 * e;
    accumulateEdge(
      acc,
      table,
      px,
      py,
      pz,
      edges[o]!,
      edges[o + 1]!,
      edges[o + 2]!,
      edges[o + 3]!,
      edges[o + 4]!,
      edges[o + 5]!,
    );
  }
}
