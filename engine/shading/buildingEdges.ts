import type { BuildingObstacle } from '../solar/contracts';
import { openRing } from './openRing';
import { planSegmentCovered } from './planSegmentCovered';

/** Top edges of one building, ready to append to a scene. */
export interface BuildingEdgeList {
  /** [ax, ay, az, bx, by, bz] per edge [m]. */
  coords: number[];
  /** Scene face ids bounded by each edge: equal for one face, both −1 for a bare wall top. */
  faceA: number[];
  faceB: number[];
}

/** Grid used to merge shared vertices [m]. */
const VERTEX_SNAP_M = 0.001;

/**
 * The top edges of a building seen as a prism from the ground to `eaves_m` over its footprint with its roof faces
 * on top: every roof face ring edge once (an edge shared by two faces, such as a ridge, keeps both face ids, so that
 * it still shades a point lying on one of them), then each footprint edge at the eaves unless roof edges standing
 * over its whole length hide it (`planSegmentCovered`). A building without faces has a flat roof at the eaves: its
 * footprint outline. From any viewpoint the highest point of a prism with a roof in a given direction lies on one of
 * these edges (a vertical edge peaks at its top vertex, the ground edges are lower), so they suffice for the horizon.
 *
 * @param building the building (validated by the caller)
 * @param firstFaceId scene id of the building's first face
 */
export function buildingEdges(building: BuildingObstacle, firstFaceId: number): BuildingEdgeList {
  const coords: number[] = [];
  const faceA: number[] = [];
  const faceB: number[] = [];
  const byKey = new Map<string, number>();
  const key = (x: number, y: number, z: number) =>
    `${Math.round(x / VERTEX_SNAP_M)},${Math.round(y / VERTEX_SNAP_M)},${Math.round(z / VERTEX_SNAP_M)}`;

  building.faces.forEach((face, f) => {
    const ring = openRing(face.ring);
    for (let i = 0; i < ring.length; i++) {
      const a = ring[i]!;
      const b = ring[(i + 1) % ring.length]!;
      if (a[0] === b[0] && a[1] === b[1] && a[2] === b[2]) continue;
      const ka = key(a[0], a[1], a[2]);
      const kb = key(b[0], b[1], b[2]);
      if (ka === kb) continue;
      const k = ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`;
      const id = firstFaceId + f;
      const seen = byKey.get(k);
      if (seen !== undefined) {
        if (faceA[seen] !== id) faceB[seen] = id;
        continue;
      }
      byKey.set(k, faceA.length);
      coords.push(a[0], a[1], a[2], b[0], b[1], b[2]);
      faceA.push(id);
      faceB.push(id);
    }
  });

  const roofEdgeCount = faceA.length;
  const roofEdges = coords.slice();
  const z = building.eaves_m;
  for (const footprintRing of building.footprint) {
    const ring = openRing(footprintRing);
    for (let i = 0; i < ring.length; i++) {
      const [x0, y0] = ring[i]!;
      const [x1, y1] = ring[(i + 1) % ring.length]!;
      if (x0 === x1 && y0 === y1) continue;
      if (roofEdgeCount > 0 && planSegmentCovered(x0, y0, x1, y1, roofEdges, roofEdgeCount, z)) continue;
      coords.push(x0, y0, z, x1, y1, z);
      faceA.push(-1);
      faceB.push(-1);
    }
  }
  return { coords, faceA, faceB };
}
