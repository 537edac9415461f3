import type { FaceGrid, RoofFace, Vec3 } from '../geo/types';
import { newellVector } from './newellVector';
import { cross, dot, normalize } from './vec3';

/** Lift of the samples off the face along its normal [m], so that the face never shades its own samples. */
export const SAMPLE_LIFT_M = 0.05;

/**
 * The sample grid of a roof face, as defined in engine/geo/types.ts, computed from the ring alone so that the
 * browser rebuilds it bit for bit from the ring the API sends: normal = Newell's vector of the ring; u =
 * normalize(up × normal), east for a flat face; v = normal × u (up-slope; north when flat); origin = the (min u,
 * min v) corner of the ring's bounding rectangle in (u, v); nu × nv cells of `spacing_m`; cell (i, j) samples
 * origin + (i + ½)s·u + (j + ½)s·v + 0.05·normal, and is inside when (i + ½, j + ½)s lies in the ring's (u, v)
 * outline by the even-odd rule (the same crossing test as engine/geo/pointInRing, run per row). When no sample falls
 * inside (a face smaller or thinner than a cell), the cell holding the ring's vertex centroid is flagged instead.
 *
 * @param face a roof face (only its ring is read)
 * @param spacing_m cell size [m], within (0, 1]
 * @returns the grid; `points` holds x, y, z of each inside sample in index order i + j·nu [m]
 */
export function faceGrid(face: RoofFace, spacing_m = 1): FaceGrid {
  if (!(spacing_m > 0 && spacing_m <= 1)) throw new RangeError(`spacing_m must be within (0, 1], got ${spacing_m}`);
  const ring = face?.ring;
  if (!Array.isArray(ring) || ring.length < 4) throw new RangeError('face.ring must be a closed ring of ≥ 4 points');
  const normal = normalize(newellVector(ring));
  if (!(normal[2] > 0)) throw new RangeError('face.ring must be counter-clockwise seen from above (normal up)');
  const horizontal: Vec3 = [-normal[1], normal[0], 0];
  const u: Vec3 = horizontal[0] === 0 && horizontal[1] === 0 ? [1, 0, 0] : normalize(horizontal);
  const v = cross(normal, u);
  const p0 = ring[0]!;
  const n = ring.length - 1;
  const us = new Float64Array(n);
  const vs = new Float64Array(n);
  let uMin = Infinity;
  let uMax = -Infinity;
  let vMin = Infinity;
  let vMax = -Infinity;
  for (let k = 0; k < n; k++) {
    const d: Vec3 = [ring[k]![0] - p0[0], ring[k]![1] - p0[1], ring[k]![2] - p0[2]];
    us[k] = dot(d, u);
    vs[k] = dot(d, v);
    uMin = Math.min(uMin, us[k]!);
    uMax = Math.max(uMax, us[k]!);
    vMin = Math.min(vMin, vs[k]!);
    vMax = Math.max(vMax, vs[k]!);
  }
  const origin: Vec3 = [
    p0[0] + uMin * u[0] + vMin * v[0],
    p0[1] + uMin * u[1] + vMin * v[1],
    p0[2] + uMin * u[2] + vMin * v[2],
  ];
  const nu = Math.max(1, Math.ceil((uMax - uMin) / spacing_m - 1e-9));
  const nv = Math.max(1, Math.ceil((vMax - vMin) / spacing_m - 1e-9));
  const inside = new Uint8Array(nu * nv);
  let count = 0;
  for (let j = 0; j < nv; j++) {
    const y = vMin + (j + 0.5) * spacing_m;
    for (let a = 0, b = n - 1; a < n; b = a++) {
      const ya = vs[a]!;
      const yb = vs[b]!;
      if (ya > y === yb > y) continue;
      const xCross = ((us[b]! - us[a]!) * (y - ya)) / (yb - ya) + us[a]!;
      // Toggle every cell whose sample lies left of the crossing (x < xCross), as pointInRing does.
      const last = Math.min(nu - 1, Math.ceil((xCross - uMin) / spacing_m - 0.5) - 1);
      for (let i = 0; i <= last; i++) inside[i + j * nu] = inside[i + j * nu]! ^ 1;
    }
  }
  for (let k = 0; k < inside.length; k++) count += inside[k]!;
  if (count === 0) {
    let cu = 0;
    let cv = 0;
    for (let k = 0; k < n; k++) {
      cu += us[k]! / n;
      cv += vs[k]! / n;
    }
    const i = Math.min(nu - 1, Math.max(0, Math.floor((cu - uMin) / spacing_m)));
    const j = Math.min(nv - 1, Math.max(0, Math.floor((cv - vMin) / spacing_m)));
    inside[i + j * nu] = 1;
    count = 1;
  }
  const points = new Float64Array(3 * count);
  let w = 0;
  for (let j = 0; j < nv; j++) {
    for (let i = 0; i < nu; i++) {
      if (!inside[i + j * nu]) continue;
      const a = (i + 0.5) * spacing_m;
      const b = (j + 0.5) * spacing_m;
      for (let c = 0; c < 3; c++) points[w++] = origin[c]! + a * u[c]! + b * v[c]! + SAMPLE_LIFT_M * normal[c]!;
    }
  }
  return { origin, u, v, spacing_m, nu, nv, inside, points };
}
