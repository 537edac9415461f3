import type { RoofFace, Vec3 } from '../../solar/contracts';

/**
 * Test helper standing in for engine/roof's face grid: the sample points of a face on a square grid of side
 * `spacing_m` in the face plane, as engine/solar/contracts FaceGrid defines them (u = normalize(up × normal), east
 * when flat; v = normal × u; cell centres inside the ring; lifted 0.05 m along the normal; at least the centroid).
 *
 * @param face the face
 * @param spacing_m grid spacing [m]
 * @returns x, y, z of each sample [m]
 */
export function faceSamples(face: RoofFace, spacing_m: number): Float64Array {
  const n = face.normal;
  let u: Vec3 = [-n[1], n[0], 0];
  const lu = Math.hypot(u[0], u[1]);
  u = lu < 1e-9 ? [1, 0, 0] : [u[0] / lu, u[1] / lu, 0];
  const v: Vec3 = [n[1] * u[2] - n[2] * u[1], n[2] * u[0] - n[0] * u[2], n[0] * u[1] - n[1] * u[0]];
  const ring = face.ring.slice(0, -1);
  const uv = ring.map((p) => [p[0] * u[0] + p[1] * u[1] + p[2] * u[2], p[0] * v[0] + p[1] * v[1] + p[2] * v[2]]);
  const minU = Math.min(...uv.map((p) => p[0]!));
  const minV = Math.min(...uv.map((p) => p[1]!));
  const nu = Math.max(1, Math.ceil((Math.max(...uv.map((p) => p[0]!)) - minU) / spacing_m));
  const nv = Math.max(1, Math.ceil((Math.max(...uv.map((p) => p[1]!)) - minV) / spacing_m));
  const d = ring[0]![0] * n[0] + ring[0]![1] * n[1] + ring[0]![2] * n[2];
  const points: number[] = [];
  const push = (a: number, b: number) => {
    // Point of the plane n·p = d with in-plane coordinates (a, b), lifted 0.05 m.
    for (let c = 0; c < 3; c++) points.push(a * u[c]! + b * v[c]! + (d + 0.05) * n[c]!);
  };
  for (let j = 0; j < nv; j++) {
    for (let i = 0; i < nu; i++) {
      const a = minU + (i + 0.5) * spacing_m;
      const b = minV + (j + 0.5) * spacing_m;
      let inside = false;
      for (let p = 0, q = uv.length - 1; p < uv.length; q = p++) {
        const [ap, bp] = uv[p] as [number, number];
        const [aq, bq] = uv[q] as [number, number];
        if (bp > b !== bq > b && a < ((aq - ap) * (b - bp)) / (bq - bp) + ap) inside = !inside;
      }
      if (inside) push(a, b);
    }
  }
  if (points.length === 0) {
    push(uv.reduce((s, p) => s + p[0]!, 0) / uv.length, uv.reduce((s, p) => s + p[1]!, 0) / uv.length);
  }
  return Float64Array.from(points);
}
