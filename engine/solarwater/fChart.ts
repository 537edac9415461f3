import { checkRange } from '../geo/checkRange';
import { checkAboveAtMost, checkMonthly, MONTH_DAYS } from './checkMonthly';
import type { FChartMonth, FChartMonthly, FChartResult, FChartSystem } from './types';

/** Storage volume of the f-chart's reference system [L per m² of collector] (Duffie & Beckman §20.3). */
const REFERENCE_STORAGE_L_M2 = 75;

/**
 * Monthly f-chart of a liquid solar water heater: Klein, Beckman & Duffie, "A design procedure for solar heating
 * systems", Solar Energy 18 (1976) 113–127, doi:10.1016/0038-092X(76)90044-X; Duffie & Beckman, Solar Engineering of
 * Thermal Processes, ch. 20 (eqs 20.2.1–20.2.3, 20.3.1, 20.3.4, 20.4.1). For each month (Δt its length):
 *
 *   X  = A_c·FR·UL·(FR'/FR)·(100 − T_a)·Δt / L
 *   Y  = A_c·FR(τα)n·(FR'/FR)·((τα)/(τα)n)·H_T / L
 *   Xc = X·(11.6 + 1.18·T_w + 3.86·T_m − 2.32·T_a)/(100 − T_a)      (domestic hot water only)
 *   Xc ← Xc·(M/75)^−0.25, M = tank_l / A_c [L/m²]                   (storage other than 75 L/m²)
 *   f  = 1.029·Y − 0.065·Xc − 0.245·Y² + 0.0018·Xc² + 0.0215·Y³, clamped to [0, 1]
 *
 * The correlation was fitted to TRNSYS simulations for 0 ≤ Y ≤ 3 and 0 ≤ X ≤ 18 (Duffie & Beckman §20.2); months
 * outside are computed anyway and flagged `inRange: false`. The storage correction was fitted for 37.5 ≤ M ≤ 300 L/m².
 * The hot-water correction assumes a well-mixed tank with mains water at T_m and delivery at T_w; tank losses are
 * not modelled, so include them in L if they matter. Solar useful energy = f·L, auxiliary = (1 − f)·L.
 *
 * @param monthly plane irradiation H_T [kWh/m² per month], ambient T_a [°C] within [-50, 50], mains T_m [°C] within
 *   [0, 40], hot-water load L [kWh per month] within [0, 1e5]; 12 values each
 * @param system collector area [m²], tank [L], FR(τα)n [-], FR·UL [W/(m²·K)], IAM [-], FR'/FR [-], delivery T_w [°C]
 * @returns per month X, Y, f, load, solar and auxiliary energy [kWh]; annual totals and the annual solar fraction
 * @example fChart({ poaIrradiation_kwh_m2: H, ambient_c: Ta, mains_c: Tm, load_kwh: L },
 *   { collector_m2: 4, tank_l: 300, frTauAlphaN: 0.72, frUL_w_m2k: 4.1, iam: 0.94, hxFactor: 0.97, delivery_c: 55 })
 */
export function fChart(monthly: FChartMonthly, system: FChartSystem): FChartResult {
  checkSystem(system);
  checkMonthly('poaIrradiation_kwh_m2', monthly.poaIrradiation_kwh_m2, 0, 400);
  checkMonthly('ambient_c', monthly.ambient_c, -50, 50);
  checkMonthly('mains_c', monthly.mains_c, 0, 40);
  checkMonthly('load_kwh', monthly.load_kwh, 0, 1e5);
  const iam = monthlyIam(system.iam);
  const storage = (system.tank_l / system.collector_m2 / REFERENCE_STORAGE_L_M2) ** -0.25;
  const months: FChartMonth[] = [];
  let load = 0;
  let solar = 0;
  for (let m = 0; m < 12; m++) {
    const L = monthly.load_kwh[m]!;
    const Ta = monthly.ambient_c[m]!;
    const Tm = monthly.mains_c[m]!;
    if (Tm >= system.delivery_c) {
      throw new RangeError(`mains_c[${m}] must be below delivery_c (${system.delivery_c}), got ${Tm}`);
    }
    const hours = MONTH_DAYS[m]! * 24;
    let x = 0;
    let y = 0;
    let f = 0;
    if (L > 0) {
      // W·h → kWh: the 1000 divides X; Y is already in kWh/kWh.
      const xRaw = (system.collector_m2 * system.frUL_w_m2k * system.hxFactor * (100 - Ta) * hours) / (1000 * L);
      const dhw = (11.6 + 1.18 * system.delivery_c + 3.86 * Tm - 2.32 * Ta) / (100 - Ta);
      x = xRaw * dhw * storage;
      y =
        (system.collector_m2 * system.frTauAlphaN * system.hxFactor * iam[m]! * monthly.poaIrradiation_kwh_m2[m]!) / L;
      f = fChartFraction(x, y);
    }
    const inRange = x >= 0 && x <= 18 && y >= 0 && y <= 3;
    months.push({ x, y, f, inRange, load_kwh: L, solar_kwh: f * L, auxiliary_kwh: (1 - f) * L });
    load += L;
    solar += f * L;
  }
  return {
    months,
    load_kwh: load,
    solar_kwh: solar,
    auxiliary_kwh: load - solar,
    solarFraction: load > 0 ? solar / load : 0,
  };
}

/**
 * The liquid-system f-chart correlation (Duffie & Beckman eq. 20.3.1), clamped to [0, 1] as the chart is read.
 * @param x corrected loss ratio X [-]; @param y absorbed-energy ratio Y [-]
 */
export function fChartFraction(x: number, y: number): number {
  const f = 1.029 * y - 0.065 * x - 0.245 * y * y + 0.0018 * x * x + 0.0215 * y * y * y;
  return Math.min(1, Math.max(0, f));
}

function checkSystem(s: FChartSystem): void {
  checkAboveAtMost('collector_m2', s.collector_m2, 0, 20);
  checkRange('tank_l', s.tank_l, 50, 1000);
  checkAboveAtMost('frTauAlphaN', s.frTauAlphaN, 0, 1);
  checkRange('frUL_w_m2k', s.frUL_w_m2k, 0, 20);
  checkAboveAtMost('hxFactor', s.hxFactor, 0, 1);
  checkRange('delivery_c', s.delivery_c, 30, 95);
}

function monthlyIam(iam: number | ArrayLike<number>): number[] {
  if (typeof iam === 'number') {
    checkAboveAtMost('iam', iam, 0, 1.2);
    return new Array<number>(12).fill(iam);
  }
  checkMonthly('iam', iam, Number.MIN_VALUE, 1.2);
  return Array.from(iam);
}
