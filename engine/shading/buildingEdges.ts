import type { BuildingObstacle, Vec3 } from '../geo/types';
import { openRing } from './openRing';
import { planSegmentCovered } from './planSegmentCovered';

/** Top edges of one building, ready to append to a scene. */
export interface BuildingEdgeList {
  /** x, y, z of each distinct vertex [m]. */
  vertices: number[];
  /** Vertex indices (within `vertices`) of the two ends of each edge. */
  ends: number[];
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
 * Vertices closer than 1 mm are merged, so that edges meeting at a vertex share it.
 *
 * @param building the building (validated by the caller)
 * @param firstFaceId scene id of the building's first face
 */
export function buildingEdges(building: BuildingObstacle, firstFaceId: number): BuildingEdgeList {
  const vertices: number[] = [];
  const ends: number[] = [];
  const faceA: number[] = [];
  const faceB: number[] = [];
  const vertexByKey = new Map<string, number>();
  const edgeByKey = new Map<string, number>();
  const vertex = (x: number, y: number, z: number): number => {
    const key = `${Math.round(x / VERTEX_SNAP_M)},${Math.round(y / VERTEX_SNAP_M)},${Math.round(z / VERTEX_SNAP_M)}`;
    let v = vertexByKey.get(key);
    if (v === undefined) {
      v = vertices.length / 3;
      vertexByKey.set(key, v);
      vertices.push(x, y, z);
    }
    return v;
  };
  const addEdge = (a: number, b: number, face: number) => {
    if (a === b) return;
    const key = a < b ? `${a},${b}` : `${b},${a}`;
    const seen = edgeByKey.get(key);
    if (seen !== undefined) {
      if (face >= 0 && faceA[seen] !== face) faceB[seen] = face;
      return;
    }
    edgeByKey.set(key, faceA.length);
    ends.push(a, b);
    faceA.push(face);
    faceB.push(face);
  };

  building.faces.forEach((face, f) => {
    const ring = openRing<Vec3>(face.ring);
    const ids = ring.map(([x, y, z]) => vertex(x, y, z));
    for (let i = 0; i < ids.length; i++) addEdge(ids[i]!, ids[(i + 1) % ids.length]!, firstFaceId + f);
  });

  const roofEdgeCount = faceA.length;
  const roofEdges: number[] = [];
  for (let e = 0; e < roofEdgeCount; e++) {
    for (const v of [ends[2 * e]!, ends[2 * e + 1]!])
      roofEdges.push(vertices[3 * v]!, vertices[3 * v + 1]!, vertices[3 * v + 2]!);
  }
  const z = building.eaves_m;
  for (const footprintRing of building.footprint) {
    const ring = openRing<[number, number]>(footprintRing);
    for (let i = 0; i < ring.length; i++) {
      const [x0, y0] = ring[i]!;
      const [x1, y1] = ring[(i + 1) % ring.length]!;
      if (roofEdgeCount > 0 && planSegmentCovered(x0, y0, x1, y1, roofEdges, roofEdgeCount, z)) continue;
      addEdge(vertex(x0, y0, z), vertex(x1, y1, z), -1);
    }
  }
  return { vertices, ends, faceA, faceB };
}
