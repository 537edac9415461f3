/**
 * U-value of an existing element with an insulation layer added in series:
 * U_new = 1 / (1/U_old + R_added) (EN ISO 6946: thermal resistances of layers in series add up).
 * @param uOld existing U-value [W/(m²·K)], > 0
 * @param rAdded added thermal resistance [m²·K/W], ≥ 0
 * @returns combined U-value [W/(m²·K)], never above uOld
 * @example combinedU(2.0, 3.7) // 1/(0.5 + 3.7) = 0.238 W/(m²·K)
 */
export function combinedU(uOld: number, rAdded: number): number {
  if (!(typeof uOld === 'number' && Number.isFinite(uOld) && uOld > 0))
    throw new RangeError(`uOld must be a positive number [W/(m²·K)], got ${uOld}`);
  if (!(typeof rAdded === 'number' && Number.isFinite(rAdded) && rAdded >= 0))
    throw new RangeError(`rAdded must be a non-negative number [m²·K/W], got ${rAdded}`);
  return Math.min(uOld, 1 / (1 / uOld + rAdded));
}
