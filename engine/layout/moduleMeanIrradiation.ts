import type { FaceGrid } from '../geo/types';

/**
 * Mean annual irradiation under a module, or NaN when the module may not go there: every grid cell whose centre
 * ((i + ½)s, (j + ½)s) lies in [u0, u1] × [v0, v1] (edges included) must be inside the face with a sample ≥
 * threshold. When no centre lies under the module (a module smaller than a cell), the cell holding its centre stands
 * for it under the same rule.
 *
 * @param sample_kwh_m2 annual irradiation per cell, index i + j·nu, null outside the face [kWh/m²]
 * @param threshold_kwh_m2 lowest usable irradiation [kWh/m²]
 * @returns mean of the cells [kWh/m²], NaN when any cell is unusable
 */
export function moduleMeanIrradiation(
  grid: FaceGrid,
  sample_kwh_m2: ArrayLike<number | null>,
  threshold_kwh_m2: number,
  u0: number,
  v0: number,
  u1: number,
  v1: number,
): number {
  const { nu, nv, spacing_m: s, inside } = grid;
  const i0 = Math.max(0, Math.ceil(u0 / s - 0.5 - 1e-9));
  const i1 = Math.min(nu - 1, Math.floor(u1 / s - 0.5 + 1e-9));
  const j0 = Math.max(0, Math.ceil(v0 / s - 0.5 - 1e-9));
  const j1 = Math.min(nv - 1, Math.floor(v1 / s - 0.5 + 1e-9));
  let sum = 0;
  let count = 0;
  for (let j = j0; j <= j1; j++) {
    for (let i = i0; i <= i1; i++) {
      const k = i + j * nu;
      const value = sample_kwh_m2[k];
      if (!inside[k] || value === null || value === undefined || !(value >= threshold_kwh_m2)) return NaN;
      sum += value;
      count += 1;
    }
  }
  if (count > 0) return sum / count;
  const i = Math.min(nu - 1, Math.max(0, Math.floor((u0 + u1) / 2 / s)));
  const j = Math.min(nv - 1, Math.max(0, Math.floor((v0 + v1) / 2 / s)));
  const value = sample_kwh_m2[i + j * nu];
  if (!inside[i + j * nu] || value === null || value === undefined || !(value >= threshold_kwh_m2)) return NaN;
  return value;
}
