import { checkMonthly, MONTH_DAYS } from './checkMonthly';

/**
 * Monthly mains (cold) water temperature [°C] from the monthly mean air temperature, by the correlation of Hendron,
 * Burch & Christensen (NREL, "Towards development of an algorithm for mains water temperature", ASES 2007; EnergyPlus
 * Site:WaterMainsTemperature method CORRELATION). In °F, with T̄ the annual mean air temperature and ΔT the spread
 * between the warmest and coldest monthly means:
 *
 *   T_mains(day) = (T̄ + 6) + ratio·(ΔT/2)·sin(0.986·(day − 15 − lag) − 90)   [argument in degrees]
 *   ratio = 0.4 + 0.01·(T̄ − 44),   lag = 35 − 1.0·(T̄ − 44)   [days]
 *
 * evaluated at each month's middle day. The correlation was fitted to US utilities' data. FALLBACK ONLY: for a French
 * site evaluateCesi uses the 3CL-DPE cold-water table by climate zone (fixture cold_water_c; Lens H1a: 5.5–17.8 °C,
 * mean 12.7 °C); this correlation serves places outside it (climateZone: null). For Lens (T̄ ≈ 10.5 °C, ΔT ≈ 14 K) it
 * gives ≈ 10–17 °C, mean ≈ 14 °C, about 1.3 K warmer than the table.
 *
 * @param ambient_c monthly mean air temperature [°C], 12 values within [-50, 50]
 * @returns 12 mains-water temperatures [°C], floored at 1 °C
 */
export function mainsTemperature(ambient_c: ArrayLike<number>): number[] {
  checkMonthly('ambient_c', ambient_c, -50, 50);
  const values = Array.from(ambient_c);
  const meanF = (values.reduce((a, b) => a + b, 0) / 12) * 1.8 + 32;
  const spreadF = (Math.max(...values) - Math.min(...values)) * 1.8;
  const ratio = 0.4 + 0.01 * (meanF - 44);
  const lag = 35 - 1.0 * (meanF - 44);
  const out: number[] = [];
  let dayStart = 0;
  for (let m = 0; m < 12; m++) {
    const day = dayStart + (MONTH_DAYS[m]! + 1) / 2;
    dayStart += MONTH_DAYS[m]!;
    const argRad = ((0.986 * (day - 15 - lag) - 90) * Math.PI) / 180;
    const tF = meanF + 6 + ratio * (spreadF / 2) * Math.sin(argRad);
    out.push(Math.max(1, (tF - 32) / 1.8));
  }
  return out;
}
