import { describe, expect, it } from 'vitest';
import { pvEconomics } from './pvEconomics';
import { pvVerdict, sizingOptions } from './pvVerdict';
import type { Evaluated } from './configurations';
import { testTariffs, type TestTariffOptions } from './testTariffs.testkit';

/** One evaluated size from round numbers (production, self-consumed share) with the test tariffs. */
function size(kwp: number, production_kwh: number, selfShare: number, o: TestTariffOptions = {}): Evaluated {
  const self = production_kwh * selfShare;
  const economics = pvEconomics({
    kwp,
    production_kwh,
    self_consumed_kwh: self,
    exported_kwh: production_kwh - self,
    tariffs: testTariffs(o),
  });
  const config = {
    panels: Math.round(kwp / 0.5),
    kwp,
    annual_kwh: production_kwh,
    self_consumed_kwh: self,
  } as Evaluated['config'];
  const balance = {
    production_kwh,
    self_consumed_kwh: self,
    self_consumption_pct: selfShare * 100,
  } as Evaluated['balance'];
  return { config, balance, economics };
}

describe('pvVerdict', () => {
  it('no module on the roof → unsuitable', () => {
    expect(pvVerdict(null)).toEqual({ case: 'unsuitable', reasons: ['no_room'], figures: null });
  });

  it('a positive NPV → profitable, with its figures', () => {
    // 3 kWc, 3,000 kWh, half self-consumed; 2,000 €/kWc, retail 0.20, export 0.05, premium 100 €/kWc, 25 years.
    // NPV = −6,000 + 300 + 20 × (300 + 75) + 5 × 300 = 3,300 € > 0.
    const v = pvVerdict(size(3, 3000, 0.5));
    expect(v.case).toBe('profitable');
    expect(v.reasons).toEqual([]);
    // Cost net of premium = 5,700 / 75,000 kWh = 0.076 €/kWh; break-even share (0.076 − 0.05)/(0.20 − 0.05) = 17.3 %.
    expect(v.figures!.cost_eur_kwh).toBeCloseTo(0.076, 9);
    expect(v.figures!.break_even_self_consumption_pct).toBeCloseTo(17.3, 9);
  });

  it('little self-consumption at a low purchase tariff → none profitable: surplus price low, self-consumption low', () => {
    // 4,000 €/kWc: cost net of premium (12,000 − 300) / 75,000 = 0.156 €/kWh > 0.05; break-even share
    // (0.156 − 0.05)/(0.15) = 70.7 %, and only 20 % is used at home: NPV = −11,700 + 20 × (120 + 120) + 5 × 120 < 0.
    const v = pvVerdict(size(3, 3000, 0.2, { eurPerKwp: 4000 }));
    expect(v.case).toBe('none_profitable');
    expect(v.reasons).toEqual(['surplus_price_low', 'self_consumption_low']);
    expect(v.figures!.break_even_self_consumption_pct).toBeCloseTo(70.7, 9);
  });

  it('a price per kWc no self-consumption could pay → cost per kWc high', () => {
    // 6,000 €/kWc: cost net of premium (18,000 − 300)/75,000 = 0.236 €/kWh > retail 0.20: break-even share > 100 %.
    const v = pvVerdict(size(3, 3000, 0.9, { eurPerKwp: 6000 }));
    expect(v.case).toBe('none_profitable');
    expect(v.reasons).toEqual(['surplus_price_low', 'cost_per_kwp_high']);
    expect(v.figures!.break_even_self_consumption_pct).toBeGreaterThan(100);
  });
});

describe('sizingOptions', () => {
  it('best NPV, the smallest covering the use, the largest, each within the limits', () => {
    const all = [size(1, 1000, 0.9), size(2, 2000, 0.6), size(3, 3000, 0.45), size(4, 4000, 0.35)];
    const o = sizingOptions(all, {}, 2500);
    expect(o.cover_consumption?.config.kwp).toBe(3);
    expect(o.fill_roof?.config.kwp).toBe(4);
    const best = all.reduce((a, b) => (b.economics.npv_eur > a.economics.npv_eur ? b : a));
    expect(o.best_value).toBe(best);
    const limited = sizingOptions(all, { kwp_max: 2 }, 2500);
    expect(limited.cover_consumption?.config.kwp).toBe(2);
    expect(limited.fill_roof?.config.kwp).toBe(2);
    expect(sizingOptions(all, { budget_eur: 10 }, 2500)).toEqual({
      best_value: null,
      cover_consumption: null,
      fill_roof: null,
    });
  });
});
