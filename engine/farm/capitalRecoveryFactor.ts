import { checkRange } from '../geo/checkRange';

/**
 * Capital recovery factor: the constant yearly payment, per unit borrowed, that repays a loan over n years at rate r,
 *
 *   CRF = r·(1 + r)ⁿ / ((1 + r)ⁿ − 1),   and 1/n when r = 0
 *
 * (Short, W., Packey, D. J., Holt, T. 1995 "A Manual for the Economic Evaluation of Energy Efficiency and Renewable
 * Energy Technologies", NREL/TP-462-5173, eq. 4-4).
 *
 * @param rate_pct r [%/yr], within [0, 30]
 * @param years n [yr], within [1, 100]
 * @example capitalRecoveryFactor(4, 25) // 0.064012
 */
export function capitalRecoveryFactor(rate_pct: number, years: number): number {
  checkRange('rate_pct', rate_pct, 0, 30);
  checkRange('years', years, 1, 100);
  const r = rate_pct / 100;
  if (r === 0) return 1 / years;
  const g = Math.pow(1 + r, years);
  return (r * g) / (g - 1);
}
