/**
 * The heating need before recovered losses, 3CL-DPE 2021 §9 « besoin de chauffage »:
 *   X_j = (As_j + Ai_j) / (GV × DH_j)
 *   F_j = (X_j − X_j^a) / (1 − X_j^a)            the fraction of the need covered by the free gains
 *   BV_j = GV × (1 − F_j)                        [W/K]
 *   Bch_j = BV_j × DH_j                          [Wh]
 * with GV the envelope loss coefficient [W/K], DH_j the degree-hours of the month (dh19, or dh21 « dépensier »)
 * [°C·h], a the inertia exponent (§9: 3.6 heavy, 2.9 medium, 2.5 light). F_j = 0 when DH_j = 0; at X_j = 1 the limit
 * (a − 1) / a. The annual fraction is Σ F_j GV DH_j / Σ GV DH_j.
 */

export interface HeatingNeedMonths {
  /** F_j [-]. */
  fraction: number[];
  /** Bch_j before recovered losses [Wh]. */
  need_wh: number[];
  /** Σ F_j GV DH_j / Σ GV DH_j [-] (0 when there is no degree-hour). */
  fraction_annual: number;
}

/** F_j [-] for one month from the gains [Wh], GV [W/K], DH_j [°C·h] and the exponent a. */
export function gainUtilisationFraction(gains_wh: number, gv_w_k: number, dh: number, exponent: number): number {
  if (dh === 0) return 0;
  const x = gains_wh / (gv_w_k * dh);
  if (Math.abs(x - 1) < 1e-12) return (exponent - 1) / exponent;
  return (x - x ** exponent) / (1 - x ** exponent);
}

/** Bch_j and F_j for the 12 months (§9). */
export function heatingNeedMonths(
  gv_w_k: number,
  dh: readonly number[],
  internal_wh: readonly number[],
  solar_wh: readonly number[],
  exponent: number,
): HeatingNeedMonths {
  if (!(gv_w_k > 0)) throw new RangeError(`gv_w_k must be > 0, got ${gv_w_k}`);
  const fraction = dh.map((d, j) => gainUtilisationFraction(internal_wh[j]! + solar_wh[j]!, gv_w_k, d, exponent));
  const need_wh = dh.map((d, j) => (d === 0 ? 0 : gv_w_k * (1 - fraction[j]!) * d));
  const dhSum = dh.reduce((a, b) => a + b, 0);
  const fraction_annual = dhSum === 0 ? 0 : dh.reduce((acc, d, j) => acc + fraction[j]! * d, 0) / dhSum;
  return { fraction, need_wh, fraction_annual };
}
