/**
 * The hot-water need, 3CL-DPE 2021 §11 « besoin d'ECS »:
 *   Becs_j = 1.163 × Nadeq × V40 × (40 − Tefs_j) × Nj_j        [Wh]
 * with V40 = 56 L/day of water at 40 °C per adult-equivalent (79 L « dépensier »), 1.163 Wh/(L·K) the heat capacity
 * of water, Tefs_j the cold-water temperature of the month by zone and altitude (table tefs) [°C] and Nj_j the days
 * of occupation of the month (the method counts 24 in December).
 */

/** Days of occupation per month, January first (§11). */
export const OCCUPATION_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 24] as const;
/** Daily volume at 40 °C per adult-equivalent [L/day], conventional and « dépensier » (§11). */
export const V40_L_PER_DAY = { conventional: 56, depensier: 79 } as const;

/** Becs_j [Wh] for the 12 months, from Nadeq [-], V40 [L/day] and Tefs_j [°C]. */
export function hotWaterNeed_wh(nadeq: number, v40_l_day: number, tefs_c: readonly number[]): number[] {
  if (!(nadeq >= 0)) throw new RangeError(`nadeq must be ≥ 0, got ${nadeq}`);
  if (tefs_c.length !== 12) throw new RangeError(`tefs_c must have 12 months, got ${tefs_c.length}`);
  return tefs_c.map((t, j) => 1.163 * nadeq * v40_l_day * (40 - t) * OCCUPATION_DAYS[j]!);
}
