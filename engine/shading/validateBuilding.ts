import type { BuildingObstacle } from '../geo/types';

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Checks one building obstacle before it enters a scene: integer id, eaves ≥ 0, footprint rings of at least three
 * finite points, faces with finite rings of at least three vertices and a non-zero normal.
 *
 * @param building the obstacle
 * @param name how to call it in messages, e.g. "buildings[3]"
 * @throws RangeError naming the offending field
 */
export function validateBuilding(building: BuildingObstacle, name: string): void {
  if (!Number.isSafeInteger(building.id)) throw new RangeError(`${name}.id must be an integer, got ${building.id}`);
  if (!finite(building.eaves_m) || building.eaves_m < 0) {
    throw new RangeError(`${name}.eaves_m must be a finite number ≥ 0 [m], got ${building.eaves_m}`);
  }
  if (!Array.isArray(building.footprint) || building.footprint.length === 0) {
    throw new RangeError(`${name}.footprint must hold at least one ring`);
  }
  building.footprint.forEach((ring, r) => {
    if (!Array.isArray(ring) || ring.length < 3) {
      throw new RangeError(`${name}.footprint[${r}] must hold at least 3 points, got ${ring?.length}`);
    }
    ring.forEach((p, i) => {
      if (!finite(p[0]) || !finite(p[1])) {
        throw new RangeError(`${name}.footprint[${r}][${i}] must be two finite numbers [m], got ${JSON.stringify(p)}`);
      }
    });
  });
  if (!Array.isArray(building.faces)) throw new RangeError(`${name}.faces must be an array`);
  building.faces.forEach((face, f) => {
    if (!Number.isSafeInteger(face.index)) {
      throw new RangeError(`${name}.faces[${f}].index must be an integer, got ${face.index}`);
    }
    if (!Array.isArray(face.ring) || face.ring.length < 3) {
      throw new RangeError(`${name}.faces[${f}].ring must hold at least 3 vertices, got ${face.ring?.length}`);
    }
    face.ring.forEach((p, i) => {
      if (!finite(p[0]) || !finite(p[1]) || !finite(p[2])) {
        throw new RangeError(
          `${name}.faces[${f}].ring[${i}] must be three finite numbers [m], got ${JSON.stringify(p)}`,
        );
      }
    });
    const [nx, ny, nz] = face.normal ?? [];
    if (!finite(nx) || !finite(ny) || !finite(nz) || nx * nx + ny * ny + nz * nz === 0) {
      throw new RangeError(
        `${name}.faces[${f}].normal must be a non-zero finite vector, got ${JSON.stringify(face.normal)}`,
      );
    }
  });
}
