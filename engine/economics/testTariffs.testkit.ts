import type { Tariffs } from './types';

/** Optional overrides of the round-number Tariffs used by the hand-computed tests. */
export interface TestTariffOptions {
  eurPerKwp?: number;
  exportEurKwh?: number;
  premiumEurPerKwp?: number;
  instalmentsPct?: number[];
  retail?: number;
  driftPct?: number;
  degradationPct?: number;
  discountPct?: number;
  lifetime?: number;
  contractYears?: number;
  afterContract?: number;
  inverterYear?: number;
  inverterEurPerKwp?: number;
  maintenance?: number;
  co2?: number;
}

/** A tiny hand-written Tariffs object with one band up to 100 kWc and round numbers (no real data). */
export function testTariffs(o: TestTariffOptions = {}): Tariffs {
  const f = (value: number) => ({ value, source: 't' });
  return {
    schema_version: 1,
    country: 'FR',
    currency: 'EUR',
    valid_from: '2026-01-01',
    compiled_on: '2026-01-01',
    sources: [{ id: 't', title: 'test', url: 'none', publisher: 'test', date: '2026' }],
    installation_cost: {
      date: '2026',
      note: 'test',
      bands: [{ max_kwp: 100, eur_per_kwp_ttc: o.eurPerKwp ?? 2000, quoted_vat_pct: 20, source: 't' }],
    },
    oa_surplus: {
      scheme: 'test',
      quarter: '2026-Q1',
      valid_from: '2026-01-01',
      valid_to: '2026-03-31',
      quarter_note: 'test',
      contract_years: f(o.contractYears ?? 20),
      after_contract_export_eur_kwh: f(o.afterContract ?? 0),
      premium_payment_note: 'test',
      bands: [
        {
          max_kwp: 100,
          export_tariff_eur_kwh: o.exportEurKwh ?? 0.05,
          premium_eur_per_kwp: o.premiumEurPerKwp ?? 100,
          premium_instalments_pct: o.instalmentsPct ?? [100],
          source: 't',
        },
      ],
    },
    retail: {
      offer: 'test',
      price_eur_kwh_ttc: f(o.retail ?? 0.2),
      subscription_eur_yr_ttc: f(0),
      drift_pct_yr: f(o.driftPct ?? 0),
    },
    pv: {
      degradation_pct_yr: f(o.degradationPct ?? 0),
      lifetime_years: f(o.lifetime ?? 25),
      inverter_replacement_year: f(o.inverterYear ?? 12),
      inverter_replacement_eur_per_kwp: f(o.inverterEurPerKwp ?? 0),
      maintenance_eur_yr: f(o.maintenance ?? 0),
    },
    finance: { discount_rate_pct: f(o.discountPct ?? 0) },
    co2: { grid_factor_kg_kwh: f(o.co2 ?? 0.05) },
    vat: {
      note: 'test',
      rules: [{ rate_pct: 20, max_kwp: null, valid_from: '2026', applies_to: 'test', requires: [], source: 't' }],
    },
  };
}
