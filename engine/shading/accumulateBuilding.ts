import { accumulateSegment } from './accumulateSegment';
import { sectorOf } from './sectorOf';
import type { SectorTable } from './sectorTable';
import type { ShadingScene } from './types';

/** A vertex closer than this to the viewpoint in plan [m] stands over it: its edges are skipped. */
const UNDER_EPS_M = 1e-9;

/**
 * Raises a horizon (tangents of elevation per sector) by one building of a scene: each of its top edges that rises
 * above the point (`accumulateSegment`, exact per sector), except the edges bounding only the point's own faces
 * (`self0`, `self1`, scene face ids; −2 for none). An edge shared by an own face and another face (the ridge seen
 * from a sample on one slope) still counts. Each vertex is placed relative to the point once (plan offset, distance,
 * sector) and shared by the edges meeting there; a building whose top is not above the point is skipped outright.
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
  const { vertices, edgeEnds, edgeTop_m, edgeFaceA, edgeFaceB, scratch } = scene;
  const { vertexX: vx, vertexY: vy, vertexZ: vz, vertexR: vr, vertexSector: vs } = scratch;
  const v0 = scene.vertexStart[b]!;
  const v1 = scene.vertexStart[b + 1]!;
  for (let v = v0; v < v1; v++) {
    const i = v - v0;
    const x = vertices[3 * v]! - px;
    const y = vertices[3 * v + 1]! - py;
    const r = Math.sqrt(x * x + y * y);
    vx[i] = x;
    vy[i] = y;
    vz[i] = vertices[3 * v + 2]! - pz;
    vr[i] = r;
    vs[i] = r < UNDER_EPS_M ? -1 : sectorOf(x, y, table);
  }
  const end = scene.edgeStart[b + 1]!;
  for (let e = scene.edgeStart[b]!; e < end; e++) {
    if (edgeTop_m[e]! <= pz) continue;
    const fa = edgeFaceA[e]!;
    const fb = edgeFaceB[e]!;
    if ((fa === self0 || fa === self1) && (fb === self0 || fb === self1)) continue;
    const i = edgeEnds[2 * e]! - v0;
    const j = edgeEnds[2 * e + 1]! - v0;
    const si = vs[i]!;
    const sj = vs[j]!;
    if (si < 0 || sj < 0) continue;
    accumulateSegment(acc, table, vx[i]!, vy[i]!, vz[i]!, vr[i]!, si, vx[j]!, vy[j]!, vz[j]!, vr[j]!, sj);
  }
}
