/**
 * Test helpers: /sites and /sites/evaluate answers written by hand after the contract (docs/client.md, « Friches »).
 * Two south-facing rows of 5 tables of 6 modules (2P × 3 columns) of 500 Wc: 60 modules = 30 kWc = 0.03 MWc; at an
 * assumed 950 kWh/kWc that is 28.5 MWh/an, spread over the months below (they sum to 28.5). The money figures are
 * arbitrary but consistent where a test reads them (a regression fixture for the parser, not for the economics,
 * which the API computes).
 */
import { createLocalFrame } from '../../../engine/geo/localFrame';

export const farmFrame = createLocalFrame(2.79, 50.438);

/** [lon, lat] rounded to 8 decimals (≈ 1 mm), closed: as the API sends rings. */
export function lonLatRing(local: [number, number][]): number[][] {
  const ring = local.map((p) => farmFrame.toLonLat(p).map((v) => Number(v.toFixed(8))));
  return [...ring, ring[0]!];
}

/** Row k's ground polygon: 20 m along east, 3.9 m deep, rows 9 m apart from 100 m north. */
export function rowLocal(k: number): [number, number][] {
  const n0 = 100 + 9 * k;
  return [
    [50, n0],
    [70, n0],
    [70, n0 + 3.9],
    [50, n0 + 3.9],
  ];
}

export const MONTHLY_MWH = [0.8, 1.3, 2.2, 3.0, 3.5, 3.6, 3.6, 3.2, 2.6, 1.9, 1.0, 1.8];

export function sitesAnswer(): Record<string, unknown> {
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: {
          type: 'Polygon',
          coordinates: [
            lonLatRing([
              [0, 0],
              [200, 0],
              [200, 150],
              [0, 150],
            ]),
          ],
        },
        id: 7,
        properties: {
          id: 7,
          name: 'Terril 94 plat',
          kind: 'slag_heap',
          area_ha: 3,
          commune: 'Liévin',
          source: 'test',
          source_id: 't94',
        },
      },
      {
        type: 'Feature',
        id: 12,
        geometry: {
          type: 'Polygon',
          coordinates: [
            lonLatRing([
              [300, 0],
              [400, 0],
              [400, 100],
            ]),
          ],
        },
        properties: {
          id: 12,
          name: 'Friche Sud',
          kind: 'brownfield',
          area_ha: 0.5,
          commune: null,
          source: 'test',
          source_id: 'fs',
        },
      },
    ],
  };
}

export function evaluationAnswer(): Record<string, unknown> {
  return {
    site: { id: 7, name: 'Terril 94 plat', area_ha: 3 },
    weather: 'typical year (test)',
    figures: {
      modules: 60,
      mwp: 0.03,
      mwh_yr: 28.5,
      specific_yield_kwh_kwp: 950,
      performance_ratio: 0.82,
      shading_loss_pct: 2.4,
      buildable_ha: 1.9,
      mwp_per_ha: 0.0158,
      gcr: 0.433,
      pitch_m: 9,
      capex_eur: 21000,
      opex_eur_yr: 450,
      lcoe_eur_mwh: 78.5,
      households: 6.2,
      co2_avoided_t_yr: 1.6,
      tilt_deg: 25,
      azimuth_deg: 180,
    },
    horizon_deg: [2, 1, 0, 0, 1, 3, 2, 1],
    module: { id: 'generic-500', manufacturer: 'Generic', model: 'M500', wp: 500 },
    monthly_mwh: [...MONTHLY_MWH],
    assumptions: {
      capex_eur_per_wp: 0.7,
      opex_eur_per_kwp_yr: 15,
      discount_rate_pct: 5,
      life_years: 30,
      degradation_pct_yr: 0.4,
      capital_recovery_factor: 0.065,
      household_kwh_yr: 4600,
      co2_kg_kwh: 0.056,
      tender_price_eur_mwh: 79,
      compiled_on: '2026-11-01',
    },
    layout: {
      type: 'FeatureCollection',
      features: [0, 1].map((k) => ({
        type: 'Feature',
        id: k + 1,
        geometry: { type: 'Polygon', coordinates: [lonLatRing(rowLocal(k))] },
        properties: { row: k, tables: 5, modules: 30 },
      })),
    },
    sweep: [
      { tilt_deg: 15, gcr: 0.3, mwp: 0.02, mwh_yr: 19.4, specific_yield_kwh_kwp: 970 },
      { tilt_deg: 15, gcr: 0.5, mwp: 0.034, mwh_yr: 31.6, specific_yield_kwh_kwp: 930 },
      { tilt_deg: 25, gcr: 0.3, mwp: 0.02, mwh_yr: 19.8, specific_yield_kwh_kwp: 990 },
      { tilt_deg: 25, gcr: 0.5, mwp: 0.034, mwh_yr: 31.3, specific_yield_kwh_kwp: 920 },
    ],
  };
}
