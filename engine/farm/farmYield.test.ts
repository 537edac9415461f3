import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareSkyYear } from '../irradiance/prepareSkyYear';
import { simulateSystem } from '../pv/simulateSystem';
import { parseWeather } from '../weather';
import { FARM_LOSSES_PCT } from './farmLosses';
import { farmYield } from './farmYield';
import { layoutFarm } from '../../tests/engine/fixtures';
import type { Ring } from './types';

// The regional typical year (fixtures/weather, PVGIS TMY at 50.811 N, 3.310 E) placed near Leforest.
const weather = parseWeather(
  readFileSync(new URL('../../fixtures/weather/pvgis-tmy_50.811_3.310_2005-2020.csv', import.meta.url), 'utf8'),
);
const sky = prepareSkyYear(weather, { latitude_deg: 50.44, longitude_deg: 3.06 });
const site: Ring = [
  [0, 0],
  [400, 0],
  [400, 400],
  [0, 400],
];
const sum = (a: number[]) => a.reduce((s, x) => s + x, 0);

describe('farmYield', () => {
  it('a denser layout (higher GCR) gives more MWp but fewer kWh/kWp', () => {
    const loose = layoutFarm(site, [], 50.44, { pitch: { kind: 'gcr', gcr: 0.3 } });
    const dense = layoutFarm(site, [], 50.44, { pitch: { kind: 'gcr', gcr: 0.6 } });
    const yLoose = farmYield(sky, weather, loose);
    const yDense = farmYield(sky, weather, dense);
    expect(dense.kwp).toBeGreaterThan(1.6 * loose.kwp);
    expect(yDense.specific_yield_kwh_kwp).toBeLessThan(yLoose.specific_yield_kwh_kwp);
    expect(yDense.shading_loss_pct).toBeGreaterThan(yLoose.shading_loss_pct);
    expect(yDense.annual_kwh).toBeGreaterThan(yLoose.annual_kwh);
  });

  it('equals the engine/pv chain for the unshaded front row (same plane, open rack, same losses)', () => {
    // Every module open: simulateSystem on one open-rack array of the same kWp, tilt and γ must give the same AC
    // (same models, hour by hour); the inter-row shading can only take away. Tolerance 0.5 %.
    const layout = layoutFarm(site, [], 50.44, { pitch: { kind: 'gcr', gcr: 0.4 } });
    const y = farmYield(sky, weather, layout);
    const open = simulateSystem(
      sky,
      weather,
      [{ tilt_deg: 25, azimuth_deg: 180, kwp: layout.kwp, mounting: 'open_rack' }],
      { losses_pct: FARM_LOSSES_PCT, gammaPdc: layout.module.gamma_pdc_pct_per_c / 100 },
    );
    const unshaded = y.annual_kwh / (1 - y.shading_loss_pct / 100);
    expect(Math.abs(unshaded / open.annual_kwh - 1)).toBeLessThan(0.005);
    expect(y.annual_kwh).toBeLessThan(open.annual_kwh);
    expect(Math.abs(y.poa_kwh_m2 / open.poa_kwh_m2 - 1)).toBeLessThan(0.001);
  });

  it('monthly values sum to the annual; PR and shading loss are those of a well-built fixed-tilt farm', () => {
    const y = farmYield(sky, weather, layoutFarm(site, [], 50.44));
    expect(sum(y.monthly_kwh)).toBeCloseTo(y.annual_kwh, 3);
    // PR of fixed-tilt farms in northern Europe: 0.75–0.85 (IEC 61724-1 definition, the engine's ≈ 11 % losses).
    expect(y.performance_ratio).toBeGreaterThan(0.75);
    expect(y.performance_ratio).toBeLessThan(0.85);
    expect(y.shading_loss_pct).toBeGreaterThan(0);
    expect(y.shading_loss_pct).toBeLessThan(5);
  });

  it('a site horizon (a slag heap 15° high to the south-east … south-west) lowers the yield', () => {
    const layout = layoutFarm(site, [], 50.44);
    const horizon = new Float32Array(72);
    for (let s = 27; s < 45; s++) horizon[s] = 15; // sectors of 5° from north: 135°–225°
    const open = farmYield(sky, weather, layout);
    const behind = farmYield(sky, weather, layout, {}, horizon);
    expect(behind.annual_kwh).toBeLessThan(0.97 * open.annual_kwh);
  });

  it('refuses an empty layout and a tilt that is not the layout’s', () => {
    const empty = layoutFarm(site, [site.map(([x, y]) => [x * 1.1 - 20, y * 1.1 - 20] as [number, number])], 50.44);
    expect(() => farmYield(sky, weather, empty)).toThrow(/layout must hold at least one module/);
    const layout = layoutFarm(site, [], 50.44);
    expect(() => farmYield(sky, weather, layout, { tilt_deg: 30 })).toThrow(/tilt_deg/);
    expect(() => farmYield(sky, { air_temperature_c: [], wind_speed_m_s: [] }, layout)).toThrow(/climate/);
  });
});
