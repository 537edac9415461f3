import { describe, expect, it } from 'vitest';
import { loadTariffs } from '../../tests/engine/fixtures';
import { pvEconomics } from './pvEconomics';
import { testTariffs } from './testTariffs.testkit';

describe('pvEconomics', () => {
  it('recomputes a round-number case by hand (no drift, no degradation, no discounting)', () => {
    // 3 kWc at 2,000 €/kWc → capex 6,000 €; premium 100 €/kWc → 300 € paid in year 1.
    // 3,000 kWh/yr, 1,000 self-consumed × 0.20 € = 200 €/yr; 2,000 exported × 0.05 € = 100 €/yr for the 20-year
    // contract, then 0 (years 21–25). No maintenance, no inverter cost. CO2 factor 0.05 kg/kWh.
    const tariffs = testTariffs();
    const r = pvEconomics({ kwp: 3, production_kwh: 3000, self_consumed_kwh: 1000, exported_kwh: 2000, tariffs });
    expect(r.capex_eur).toBe(6000);
    expect(r.premium_eur).toBe(300);
    expect(r.net_cost_eur).toBe(5700);
    expect(r.first_year_savings_eur).toBeCloseTo(200, 9);
    expect(r.first_year_export_eur).toBeCloseTo(100, 9);
    expect(r.first_year_benefit_eur).toBeCloseTo(300, 9);
    // NPV = −6,000 + 300 (premium) + 20 × 300 + 5 × 200 = 1,300 €.
    expect(r.npv_eur).toBeCloseTo(1300, 6);
    // Payback = net cost / yearly benefit = 5,700 / 300 = 19 years (inside the contract, so the benefit is flat).
    expect(r.payback_years).toBeCloseTo(19, 9);
    // LCOE = 6,000 € / (25 × 3,000 kWh) = 0.08 €/kWh; net of the premium 5,700 / 75,000 = 0.076 €/kWh.
    expect(r.lcoe_eur_kwh).toBeCloseTo(0.08, 12);
    expect(r.lcoe_net_of_premium_eur_kwh).toBeCloseTo(0.076, 12);
    expect(r.co2_avoided_kg_yr).toBeCloseTo(150, 9);
    expect(r.cashflows_eur.length).toBe(26);
    expect(r.cashflows_eur[0]).toBe(-6000);
    expect(r.cashflows_eur[1]).toBeCloseTo(600, 9);
    expect(r.cashflows_eur[20]).toBeCloseTo(300, 9);
    expect(r.cashflows_eur[21]).toBeCloseTo(200, 9);
    expect(r.assumptions.capex_source).toBe('tariff_band');
  });

  it('matches an independent year-by-year loop with discounting, degradation, drift, inverter and instalments', () => {
    const o = {
      eurPerKwp: 1800,
      exportEurKwh: 0.06,
      premiumEurPerKwp: 150,
      instalmentsPct: [80, 5, 5, 5, 5],
      retail: 0.25,
      driftPct: 2.5,
      degradationPct: 0.5,
      discountPct: 4,
      lifetime: 25,
      contractYears: 20,
      afterContract: 0.02,
      inverterYear: 12,
      inverterEurPerKwp: 250,
      maintenance: 90,
    };
    const kwp = 6;
    const P = 6000;
    const S = 2500;
    const E = 3500;
    const r = pvEconomics({ kwp, production_kwh: P, self_consumed_kwh: S, exported_kwh: E, tariffs: testTariffs(o) });

    // Written independently of the implementation: build each year's pieces, then sum.
    const years = Array.from({ length: o.lifetime }, (_, k) => k + 1);
    const factor = years.map((t) => (1 - o.degradationPct / 100) ** (t - 1));
    const inflow = years.map((t, k) => {
      const saved = S * factor[k]! * o.retail * (1 + o.driftPct / 100) ** (t - 1);
      const sold = E * factor[k]! * (t <= o.contractYears ? o.exportEurKwh : o.afterContract);
      const premium = t <= 5 ? (kwp * o.premiumEurPerKwp * o.instalmentsPct[t - 1]!) / 100 : 0;
      return saved + sold + premium;
    });
    const outflow = years.map((t) => o.maintenance + (t === o.inverterYear ? kwp * o.inverterEurPerKwp : 0));
    const capex = kwp * o.eurPerKwp;
    const discount = years.map((t) => 1 / (1 + o.discountPct / 100) ** t);
    const npv = -capex + years.reduce((acc, _t, k) => acc + (inflow[k]! - outflow[k]!) * discount[k]!, 0);
    let cum = -capex;
    let payback: number | null = null;
    for (const [k, t] of years.entries()) {
      const cf = inflow[k]! - outflow[k]!;
      if (payback === null && cum + cf >= 0) payback = t - 1 + -cum / cf;
      cum += cf;
    }
    const energy = years.reduce((acc, _t, k) => acc + P * factor[k]! * discount[k]!, 0);
    const costs = capex + years.reduce((acc, _t, k) => acc + outflow[k]! * discount[k]!, 0);

    expect(r.npv_eur).toBeCloseTo(npv, 6);
    expect(payback).not.toBeNull();
    expect(r.payback_years!).toBeCloseTo(payback!, 9);
    expect(r.lcoe_eur_kwh).toBeCloseTo(costs / energy, 12);
    expect(r.cashflows_eur.slice(1)).toEqual(inflow.map((x, k) => expect.closeTo(x - outflow[k]!, 9)));
    expect(r.premium_eur).toBe(900);
  });

  it('returns a null payback when the cumulative cash flow never turns positive within the lifetime', () => {
    const tariffs = testTariffs({ eurPerKwp: 9000, exportEurKwh: 0.01 });
    const r = pvEconomics({ kwp: 3, production_kwh: 3000, self_consumed_kwh: 500, exported_kwh: 2500, tariffs });
    expect(r.payback_years).toBeNull();
    expect(r.npv_eur).toBeLessThan(0);
  });

  it('uses a capex override and the size bands of the real fixture (6 kWc: 2,200 €/kWc, 80 €/kWc, 4 c€/kWh)', () => {
    const tariffs = loadTariffs();
    const band = pvEconomics({ kwp: 6, production_kwh: 6000, self_consumed_kwh: 2400, exported_kwh: 3600, tariffs });
    expect(band.capex_eur).toBeCloseTo(13200, 9);
    expect(band.premium_eur).toBeCloseTo(480, 9);
    expect(band.first_year_export_eur).toBeCloseTo(144, 9); // 3,600 kWh × 0.04 €
    expect(band.first_year_savings_eur).toBeCloseTo(465.6, 9); // 2,400 kWh × 0.194 €
    expect(band.assumptions.oa_quarter).toBe('2026-Q1');
    const quote = pvEconomics({
      kwp: 6,
      production_kwh: 6000,
      self_consumed_kwh: 2400,
      exported_kwh: 3600,
      tariffs,
      capex_eur: 9000,
    });
    expect(quote.capex_eur).toBe(9000);
    expect(quote.assumptions.capex_source).toBe('override');
    expect(quote.npv_eur - band.npv_eur).toBeCloseTo(4200, 6);
  });

  it('throws a RangeError naming the field', () => {
    const tariffs = testTariffs();
    const ok = { kwp: 3, production_kwh: 3000, self_consumed_kwh: 1000, exported_kwh: 2000, tariffs };
    expect(() => pvEconomics({ ...ok, kwp: 0 })).toThrow(/kwp/);
    expect(() => pvEconomics({ ...ok, kwp: 150 })).toThrow(/kwp/);
    expect(() => pvEconomics({ ...ok, production_kwh: 0 })).toThrow(/production_kwh/);
    expect(() => pvEconomics({ ...ok, self_consumed_kwh: -1 })).toThrow(/self_consumed_kwh/);
    expect(() => pvEconomics({ ...ok, exported_kwh: 2500 })).toThrow(/self_consumed_kwh \+ exported_kwh/);
    expect(() => pvEconomics({ ...ok, capex_eur: Number.NaN })).toThrow(/capex_eur/);
  });
});
