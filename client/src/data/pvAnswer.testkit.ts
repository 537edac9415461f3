/**
 * Test helpers: a /pv answer written by hand after the contract (docs/client.md, "Mon toit"), for a row of three
 * 1.722 × 1.134 m portrait modules on a south roof at 10–11 m east, 20 m north of the test frame's origin, 6 m up.
 * The money figures are arbitrary but consistent with each other where a test reads them (a regression fixture for
 * the parser, not a reference for the economics, which the API computes).
 */
import { createLocalFrame } from '../../../engine/geo/localFrame';

export const pvFrame = createLocalFrame(2.79, 50.438);

/** Local corners [east, north, z] [m] of panel k (0-based): 1.134 m wide along east, 1.722 m up a 35° slope. */
export function panelCorners(k: number): [number, number, number][] {
  const e0 = 10 + 1.2 * k;
  const run = 1.722 * Math.cos((35 * Math.PI) / 180);
  const rise = 1.722 * Math.sin((35 * Math.PI) / 180);
  return [
    [e0, 20, 6],
    [e0 + 1.134, 20, 6],
    [e0 + 1.134, 20 + run, 6 + rise],
    [e0, 20 + run, 6 + rise],
  ];
}

/** A ring as the API sends it: [lon, lat, z] rounded to 8 and 3 decimals, closed. */
function ringLonLat(k: number): number[][] {
  const ring = panelCorners(k).map(([e, n, z]) => {
    const [lon, lat] = pvFrame.toLonLat([e, n]);
    return [Number(lon.toFixed(8)), Number(lat.toFixed(8)), Number(z.toFixed(3))];
  });
  return [...ring, ring[0]!];
}

export function configurationJson(panels: number, payback: number | null = 12.5) {
  const annual = 380 * panels;
  return {
    panels,
    kwp: 0.4 * panels,
    annual_kwh: annual,
    specific_yield_kwh_kwp: 950,
    self_consumed_kwh: annual * 0.6,
    exported_kwh: annual * 0.4,
    self_consumption_pct: 60,
    self_sufficiency_pct: 10 * panels,
    capex_eur: 1000 * panels,
    premium_eur: 80 * panels,
    net_cost_eur: 920 * panels,
    savings_eur_yr: 60 * panels,
    export_revenue_eur_yr: 6 * panels,
    payback_years: payback,
    npv_eur: 150 * panels,
    lcoe_eur_kwh: 0.11,
    co2_avoided_kg_yr: 20 * panels,
  };
}

export function pvAnswerJson() {
  const features = [2, 0, 1].map((k) => ({
    type: 'Feature',
    id: k + 1,
    geometry: { type: 'Polygon', coordinates: [ringLonLat(k)] },
    properties: {
      rank: k + 1,
      face_index: 1,
      orientation: 'portrait',
      annual_kwh: 390 - 10 * k,
      mean_kwh_m2: 1150 - 20 * k,
      corners_local_m: panelCorners(k),
    },
  }));
  return {
    building_id: 42,
    weather: 'typical year (test)',
    module: { id: 'generic-400', manufacturer: 'Generic', model: 'M400', wp: 400, length_m: 1.722, width_m: 1.134 },
    heating: 'gas',
    occupants: 2,
    consumption_kwh: 3200,
    consumption_estimated: true,
    sizing: 'npv',
    max_panels: 3,
    chosen: configurationJson(2),
    configurations: [configurationJson(1, null), configurationJson(2), configurationJson(3)],
    monthly: {
      production_kwh: [20, 35, 60, 85, 100, 105, 105, 90, 70, 45, 25, 20],
      consumption_kwh: [330, 300, 290, 250, 230, 220, 220, 230, 250, 280, 300, 300],
      self_consumed_kwh: [15, 25, 40, 50, 55, 55, 55, 52, 45, 30, 18, 15],
    },
    assumptions: {
      tariffs_valid_from: '2025-02-01',
      retail_price_eur_kwh: 0.2016,
      export_tariff_eur_kwh: 0.04,
      premium_eur_kwp: 80,
      installed_cost_eur_kwp: 2500,
      price_drift_pct_yr: 2,
      degradation_pct_yr: 0.5,
      discount_rate_pct: 3,
      lifetime_years: 25,
      losses_pct: 14,
      co2_kg_kwh: 0.052,
      oa_quarter: '2025-Q1',
      sources: [
        { id: 'tariffs', title: 'Tariff file (test)', url: 'https://example.org/tariffs', date: '2025-02-01' },
        { id: 'co2', title: 'CO₂ factor (test)', url: 'https://example.org/co2', date: '2024-01-01' },
      ],
    },
    daily_profile: {
      production_kwh: Array.from({ length: 24 }, (_, h) => (h >= 7 && h < 19 ? 0.17 : 0)),
      consumption_kwh: Array.from({ length: 24 }, () => 0.37),
      self_consumed_kwh: Array.from({ length: 24 }, (_, h) => (h >= 7 && h < 19 ? 0.12 : 0)),
    },
    layout: { type: 'FeatureCollection', features },
    origin: [2.79, 50.438],
  };
}
