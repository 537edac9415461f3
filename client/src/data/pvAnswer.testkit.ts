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
    verdict: {
      case: 'profitable',
      reasons: [],
      figures: {
        cost_eur_kwh: 0.12,
        retail_price_eur_kwh: 0.2016,
        export_tariff_eur_kwh: 0.04,
        self_consumption_pct: 60,
        break_even_self_consumption_pct: 49.6,
        installed_cost_eur_kwp: 2500,
      },
    },
    options: {
      best_value: configurationJson(2),
      cover_consumption: configurationJson(3),
      fill_roof: configurationJson(3),
    },
    configurations: [configurationJson(1, null), configurationJson(2), configurationJson(3)],
    plug_in_kits: [
      {
        modules: 1,
        kwp: 0.45,
        ac_w: 366,
        price_eur: 515,
        spot: 'garden',
        tilt_deg: 30,
        azimuth_deg: 180,
        annual_kwh: 430,
        self_consumed_kwh: 390,
        unused_kwh: 40,
        self_consumption_pct: 90.7,
        savings_eur_yr: 76,
        payback_years: 6.5,
        npv_eur: 770,
        lifetime_years: 20,
      },
    ],
    battery: {
      usable_kwh: 5,
      power_kw: 2.5,
      round_trip_efficiency: 0.9,
      capex_eur: 5000,
      vat_pct: 20,
      first_year_extra_savings_eur: 60,
      payback_years: null,
      npv_eur: -3900,
      replacement_years: [12],
      without: {
        self_consumed_kwh: 456,
        exported_kwh: 304,
        imported_kwh: 2744,
        self_consumption_pct: 60,
        self_sufficiency_pct: 14.3,
        savings_eur_yr: 92,
        export_revenue_eur_yr: 12,
      },
      with: {
        self_consumed_kwh: 700,
        exported_kwh: 30,
        imported_kwh: 2500,
        self_consumption_pct: 92.1,
        self_sufficiency_pct: 21.9,
        savings_eur_yr: 141,
        export_revenue_eur_yr: 1,
      },
      cost_date: '2026',
    },
    solar_water_heater: {
      face_index: 1,
      tilt_deg: 35,
      azimuth_deg: 180,
      poa_kwh_m2: 1200,
      collector_m2: 3,
      tank_l: 150,
      hot_water_need_kwh: 1300,
      solar_fraction_pct: 55,
      solar_kwh: 715,
      heater: 'gas',
      final_energy_saved_kwh: 841,
      savings_eur_yr: 90,
      installed_cost_eur: 6000,
      aids_eur: 3000,
      net_cost_eur: 3000,
      payback_years: 33.3,
      npv_eur: -1500,
      lifetime_years: 20,
      monthly_solar_fraction_pct: [15, 25, 45, 65, 85, 95, 98, 95, 75, 45, 20, 12],
    },
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
      vat: {
        rate_pct: 5.5,
        applies_to: 'test dwelling rule',
        source: 'tariffs',
        reduced_rate_pct: 5.5,
        reduced_max_kwp: 9,
        reduced_valid_from: '2025-10-01',
        reduced_conditions: 'test conditions',
        reduced_source: 'tariffs',
        dwelling: true,
        compliant_equipment: true,
      },
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
