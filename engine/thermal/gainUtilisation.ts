/**
 * Gain utilisation factor for heating η_H,gn, EN ISO 13790:2008 §12.2.1.1 eq. (52)–(53) (= EN ISO 52016-1 monthly
 * method): with γ = Q_gn / Q_ht, η = (1 − γ^a)/(1 − γ^(a+1)) for γ ≠ 1 and a/(a + 1) for γ = 1; η = 1/γ when the
 * losses are not positive and gains are (no heat can be used); η = 1 with no gains.
 *
 * @param gains_kwh heat gains Q_gn [kWh] ≥ 0
 * @param losses_kwh heat transfer Q_ht [kWh]
 * @param a numerical parameter a_H [-] > 0
 * @returns η [-] within [0, 1]
 * @example gainUtilisation(1, 2, 2) // γ = 0.5: (1 − 0.25)/(1 − 0.125) = 0.857
 */
export function gainUtilisation(gains_kwh: number, losses_kwh: number, a: number): number {
  if (gains_kwh <= 0) return 1;
  if (losses_kwh <= 0) return 0;
  const gamma = gains_kwh / losses_kwh;
  if (Math.abs(gamma - 1) < 1e-9) return a / (a + 1);
  return (1 - Math.pow(gamma, a)) / (1 - Math.pow(gamma, a + 1));
}
