/**
 * Yearly figures from an hourly AC series: annual and monthly energy [kWh], specific yield [kWh/kWp] and the
 * performance ratio of IEC 61724-1 (final yield over reference yield, H_poa / 1 kW/m²).
 *
 * @param ac_w AC power per hour [W] (1-hour steps, so W·h = Wh)
 * @param month month of each hour, 0 = January
 * @param kwp DC rating [kWp]
 * @param poa_kwh_m2 annual plane-of-array irradiation [kWh/m²]
 */
export function yieldOf(ac_w: ArrayLike<number>, month: ArrayLike<number>, kwp: number, poa_kwh_m2: number) {
  const monthly = new Array<number>(12).fill(0);
  for (let i = 0; i < ac_w.length; i++) monthly[month[i]!] = monthly[month[i]!]! + ac_w[i]! / 1000;
  const annual = monthly.reduce((a, b) => a + b, 0);
  return {
    kwp,
    annual_kwh: annual,
    monthly_kwh: monthly,
    specific_yield_kwh_kwp: kwp > 0 ? annual / kwp : 0,
    poa_kwh_m2,
    performance_ratio: kwp > 0 && poa_kwh_m2 > 0 ? annual / kwp / poa_kwh_m2 : 0,
  };
}
