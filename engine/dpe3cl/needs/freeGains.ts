/**
 * The free gains per month, 3CL-DPE 2021 §6.1 « apports gratuits »:
 *   internal  Ai_j = ((3.18 + 0.34) × Sh + 132 / 168 × Nadeq × 90) × Nref_j      [Wh]
 *   solar     As_j = 1000 × Sse_j × E_j                                        [Wh]
 * with Sh [m²], Nref_j the hours of the month below the set point [h] (nref19 for heating, nref28 for cooling, 21/26
 * in the « dépensier » scenario), Sse_j [m²] (§6.2) and E_j the monthly south irradiation [kWh/m²] (table e, e_fr_28).
 * 3.18 W/m² are the occupants' appliances, 0.34 W/m² the lighting, 90 W per adult-equivalent present 132 h of 168.
 */

/** Ai_j [Wh] for each month, from Sh [m²], Nadeq [-] and Nref_j [h]. */
export function internalGains_wh(area_m2: number, nadeq: number, nref_h: readonly number[]): number[] {
  if (!(area_m2 > 0)) throw new RangeError(`area_m2 must be > 0, got ${area_m2}`);
  if (!(nadeq >= 0)) throw new RangeError(`nadeq must be ≥ 0, got ${nadeq}`);
  const power_w = (3.18 + 0.34) * area_m2 + (132 / 168) * nadeq * 90;
  return nref_h.map((h) => power_w * h);
}

/** As_j [Wh] for each month, from Sse_j [m²] and E_j [kWh/m²]. */
export function solarGains_wh(sse_m2: readonly number[], e_kwh_m2: readonly number[]): number[] {
  if (sse_m2.length !== e_kwh_m2.length) throw new RangeError('sse_m2 and e_kwh_m2 must have the same months');
  return sse_m2.map((s, j) => 1000 * s * e_kwh_m2[j]!);
}
