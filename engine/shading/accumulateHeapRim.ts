import type { SectorTable } from './sectorTable';

const TWO_PI = 2 * Math.PI;

/**
 * Raises a horizon (tangents of elevation per sector) by the near arc of a heap's top rim: a horizontal circle of
 * radius r whose centre lies at plan offset (cx, cy) from the point, `rise` above it. Along azimuth offset Δ from
 * the centre's direction the ray meets the rim first at D·cos Δ − √(r² − D²·sin² Δ), so
 *   tan e(Δ) = rise / (D·cos Δ − √(r² − D²·sin² Δ)), |Δ| ≤ asin(r/D),
 * which decreases with |Δ|: each sector takes it at its Δ nearest 0.
 *
 * @param acc tangent of the horizon elevation per sector, raised in place
 * @param table the sector boundaries
 * @param cx east offset of the rim's centre from the point [m]
 * @param cy north offset of the rim's centre from the point [m]
 * @param r rim radius [m], smaller than the plan distance D to the centre
 * @param rise height of the rim above the point [m], > 0
 */
export function accumulateHeapRim(
  acc: Float64Array,
  table: SectorTable,
  cx: number,
  cy: number,
  r: number,
  rise: number,
): void {
  const n = table.sectors;
  const w = table.width_rad;
  const D = Math.sqrt(cx * cx + cy * cy);
  let phiC = Math.atan2(cx, cy);
  if (phiC < 0) phiC += TWO_PI;
  const half = Math.asin(r / D);
  const first = Math.floor((phiC - half) / w);
  const last = Math.floor((phiC + half) / w);
  for (let j = first; j <= last; j++) {
    const s = ((j % n) + n) % n;
    const lo = j * w;
    const hi = lo + w;
    const delta = phiC < lo ? lo - phiC : phiC >= hi ? phiC - hi : 0;
    if (delta > half) continue;
    const sinD = Math.sin(delta);
    const near = D * Math.cos(delta) - Math.sqrt(Math.max(0, r * r - D * D * sinD * sinD));
    const f = rise / near;
    if (f > acc[s]!) acc[s] = f;
  }
}
