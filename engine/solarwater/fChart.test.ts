import { describe, expect, it } from 'vitest';
import { fChart, fChartFraction } from './fChart';
import { MONTH_DAYS } from './checkMonthly';
import type { FChartMonthly, FChartSystem } from './types';

// A Lens-like year (illustrative inputs, not a reference): 45° south plane, 3CL-sized need of ≈ 7 kWh/day.
const LENS: FChartMonthly = {
  poaIrradiation_kwh_m2: [45, 60, 95, 125, 145, 145, 150, 140, 110, 80, 50, 38],
  ambient_c: [3.5, 4, 6.5, 9, 12.5, 15.5, 17.5, 17.5, 15, 11, 7, 4],
  mains_c: [9, 8.5, 9.5, 11, 13, 15, 16.5, 17, 16, 14, 12, 10],
  load_kwh: MONTH_DAYS.map((d) => 7 * d),
};
const SYSTEM: FChartSystem = {
  collector_m2: 4,
  tank_l: 300,
  frTauAlphaN: 0.72,
  frUL_w_m2k: 4.1,
  iam: 0.94,
  hxFactor: 0.97,
  delivery_c: 55,
};
const flat = (v: number) => new Array<number>(12).fill(v);

describe('fChart', () => {
  // No published f-chart worked example with its numbers was found in the stored corpora (2026-12-06; the pages
  // read are listed in fixtures/solarwater/SOURCE.md): the published reference is the 3CL-DPE's solar coverage of
  // a new CESI in H1a (evaluateCesi.test.ts), and the equations are checked on a month worked by hand below.

  it('follows Duffie & Beckman eqs 20.2.1–20.4.1 on a hand-worked month (not a published example)', () => {
    // Hand computation (python, from the printed equations), January: A = 4 m², FR(τα)n = 0.75, FR·UL = 4.0 W/m²K,
    // IAM 0.95, FR'/FR 0.97, M = 300/4 = 75 L/m² (no storage correction), H_T = 40 kWh/m², T_a = 4, T_m = 8,
    // T_w = 55 °C, L = 250 kWh.
    //   X   = 4·4.0·0.97·96·744 / (1000·250)                         = 4.434002
    //   Xc/X = (11.6 + 1.18·55 + 3.86·8 − 2.32·4)/96 = 98.1/96          = 1.021875
    //   Xc  = 4.530996;  Y = 4·0.75·0.97·0.95·40/250                  = 0.44232
    //   f   = 1.029·Y − 0.065·Xc − 0.245·Y² + 0.0018·Xc² + 0.0215·Y³  = 0.151513
    // With a 150 L tank (M = 37.5 L/m²) Xc becomes 4.530996·0.5^−0.25 = 5.388292 and f = 0.111096.
    const month: FChartMonthly = {
      poaIrradiation_kwh_m2: flat(40),
      ambient_c: flat(4),
      mains_c: flat(8),
      load_kwh: flat(250),
    };
    const system = { ...SYSTEM, frTauAlphaN: 0.75, frUL_w_m2k: 4.0, iam: 0.95 };
    const jan = fChart(month, system).months[0]!;
    expect(jan.x).toBeCloseTo(4.530996, 5);
    expect(jan.y).toBeCloseTo(0.44232, 6);
    expect(jan.f).toBeCloseTo(0.151513, 5);
    expect(jan.inRange).toBe(true);
    const small = fChart(month, { ...system, tank_l: 150 }).months[0]!;
    expect(small.x).toBeCloseTo(5.388292, 5);
    expect(small.f).toBeCloseTo(0.111096, 5);
  });

  it('clamps the correlation to [0, 1]', () => {
    expect(fChartFraction(18, 0)).toBe(0);
    expect(fChartFraction(0, 3)).toBe(1);
    expect(fChartFraction(2, 0.5)).toBeGreaterThan(0);
  });

  it('keeps f within [0, 1] and solar + auxiliary = load, month by month and over the year', () => {
    for (const area of [0.5, 2, 4, 8, 20]) {
      for (const scale of [0.1, 1, 10]) {
        const r = fChart(
          { ...LENS, load_kwh: Array.from(LENS.load_kwh, (l) => l * scale) },
          {
            ...SYSTEM,
            collector_m2: area,
          },
        );
        for (const m of r.months) {
          expect(m.f).toBeGreaterThanOrEqual(0);
          expect(m.f).toBeLessThanOrEqual(1);
          expect(m.solar_kwh + m.auxiliary_kwh).toBeCloseTo(m.load_kwh, 9);
        }
        expect(r.solar_kwh + r.auxiliary_kwh).toBeCloseTo(r.load_kwh, 6);
        expect(r.solarFraction).toBeGreaterThanOrEqual(0);
        expect(r.solarFraction).toBeLessThanOrEqual(1);
      }
    }
  });

  it('gives a solar fraction that rises with collector area and falls with load', () => {
    const byArea = [2, 3, 4, 5, 6].map(
      (a) => fChart(LENS, { ...SYSTEM, collector_m2: a, tank_l: 75 * a }).solarFraction,
    );
    for (let i = 1; i < byArea.length; i++) expect(byArea[i]!).toBeGreaterThan(byArea[i - 1]!);
    const byLoad = [0.5, 1, 1.5, 2].map(
      (k) => fChart({ ...LENS, load_kwh: Array.from(LENS.load_kwh, (l) => l * k) }, SYSTEM).solarFraction,
    );
    for (let i = 1; i < byLoad.length; i++) expect(byLoad[i]!).toBeLessThan(byLoad[i - 1]!);
    // Plausibility for northern France (ADEME/installer guides quote 40–60 % there): not a reference value.
    const base = fChart(LENS, SYSTEM).solarFraction;
    expect(base).toBeGreaterThan(0.3);
    expect(base).toBeLessThan(0.8);
  });

  it('gives f = 0 for a month without load or without sun', () => {
    const r = fChart(
      {
        ...LENS,
        load_kwh: [0, ...Array.from(LENS.load_kwh).slice(1)],
        poaIrradiation_kwh_m2: [45, 0, ...Array.from(LENS.poaIrradiation_kwh_m2).slice(2)],
      },
      SYSTEM,
    );
    expect(r.months[0]!.f).toBe(0);
    expect(r.months[0]!.solar_kwh).toBe(0);
    expect(r.months[1]!.f).toBe(0);
  });

  it('rejects bad inputs with a RangeError naming the field', () => {
    expect(() => fChart(LENS, { ...SYSTEM, collector_m2: 0 })).toThrow(/collector_m2 must be within \(0, 20\], got 0/);
    expect(() => fChart(LENS, { ...SYSTEM, collector_m2: 21 })).toThrow(/collector_m2/);
    expect(() => fChart(LENS, { ...SYSTEM, tank_l: 40 })).toThrow(/tank_l/);
    const negative = Array.from(LENS.poaIrradiation_kwh_m2);
    negative[5] = -1;
    expect(() => fChart({ ...LENS, poaIrradiation_kwh_m2: negative }, SYSTEM)).toThrow(
      /poaIrradiation_kwh_m2\[5\] must be within \[0, 400\], got -1/,
    );
    expect(() => fChart({ ...LENS, ambient_c: new Array<number>(13).fill(10) }, SYSTEM)).toThrow(
      /ambient_c must hold 12 monthly values, got 13/,
    );
    expect(() => fChart({ ...LENS, load_kwh: [...Array.from(LENS.load_kwh), 200] }, SYSTEM)).toThrow(/load_kwh/);
    expect(() => fChart({ ...LENS, mains_c: flat(60) }, SYSTEM)).toThrow(/mains_c/);
    expect(() => fChart(LENS, { ...SYSTEM, frTauAlphaN: 0 })).toThrow(/frTauAlphaN/);
    expect(() => fChart(LENS, { ...SYSTEM, iam: [1, 1] })).toThrow(/iam must hold 12/);
    expect(() => fChart(LENS, { ...SYSTEM, delivery_c: Number.NaN })).toThrow(/delivery_c/);
  });
});
