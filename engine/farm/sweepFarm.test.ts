import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareSkyYear } from '../irradiance/prepareSkyYear';
import { parseWeather } from '../weather';
import { farmYield } from './farmYield';
import { layoutFarm, sweepFarm } from '../../tests/engine/fixtures';
import type { Ring } from './types';

const weather = parseWeather(
  readFileSync(new URL('../../fixtures/weather/pvgis-tmy_50.811_3.310_2005-2020.csv', import.meta.url), 'utf8'),
);
const sky = prepareSkyYear(weather, { latitude_deg: 50.44, longitude_deg: 3.06 });
const site: Ring = [
  [0, 0],
  [300, 0],
  [300, 300],
  [0, 300],
];

describe('sweepFarm', () => {
  const points = sweepFarm(site, [], 50.44, sky, weather, { tilts: [15, 30], gcrs: [0.3, 0.5, 0.7] });

  it('returns tilts × GCRs in order, each the same as layoutFarm + farmYield', () => {
    expect(points.map((p) => [p.tilt_deg, p.gcr])).toEqual([
      [15, 0.3],
      [15, 0.5],
      [15, 0.7],
      [30, 0.3],
      [30, 0.5],
      [30, 0.7],
    ]);
    const layout = layoutFarm(site, [], 50.44, { tilt_deg: 30, pitch: { kind: 'gcr', gcr: 0.5 } });
    const y = farmYield(sky, weather, layout);
    expect(points[4]!.mwp).toBeCloseTo(layout.kwp / 1000, 9);
    expect(points[4]!.mwh_yr).toBeCloseTo(y.annual_kwh / 1000, 6);
  });

  it('shows the trade-off: along the GCRs of a tilt, MWp rises and kWh/kWp falls', () => {
    for (const tilt of [15, 30]) {
      const row = points.filter((p) => p.tilt_deg === tilt);
      for (let k = 1; k < row.length; k++) {
        expect(row[k]!.mwp).toBeGreaterThan(row[k - 1]!.mwp);
        expect(row[k]!.specific_yield_kwh_kwp).toBeLessThan(row[k - 1]!.specific_yield_kwh_kwp);
      }
    }
  });

  it('refuses empty or oversized grids and bad values', () => {
    expect(() => sweepFarm(site, [], 50.44, sky, weather, { tilts: [], gcrs: [0.4] })).toThrow(/tilts/);
    expect(() => sweepFarm(site, [], 50.44, sky, weather, { tilts: [20], gcrs: [1.5] })).toThrow(/pitch\.gcr/);
    const many = Array.from({ length: 11 }, (_, i) => 5 + i);
    expect(() => sweepFarm(site, [], 50.44, sky, weather, { tilts: many, gcrs: many.map((t) => t / 100) })).toThrow(
      /at most 100/,
    );
  });
});
