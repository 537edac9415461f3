import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareSkyYear } from '../irradiance/prepareSkyYear';
import { parseWeather } from '../weather';
import { farmEconomics, layoutFarm } from '../../tests/engine/fixtures';
import { farmYield } from './farmYield';
import type { Ring } from './types';

/*
 * The real farm (sources in fixtures/farm/economics.json): Leforest (Pas-de-Calais), former landfill of 31.9–32 ha,
 * 34,329 modules of 540 Wc = 18.54 MWc on "about 20" (20–22) of the 32 ha, 18,329 MWh/yr announced, in service
 * April 2024 (Plein Soleil 2024-05; La Gazette France 2024-06; Leforest Environnement 2022-09).
 *
 * The model site: a 566 × 566 m square (32.0 ha) at 50.44 N, 3.06 E, the regional typical year placed there. Settings
 * chosen to be comparable, not fitted to the energy: 540 Wp modules (fixtures/farm), 2P tables at 25° facing south,
 * a 40 m setback (leaves 486 × 486 m = 23.6 ha, the "20–22 ha" of panels plus the rows' margins) and GCR 0.42,
 * which together give ≈ 18.5 MWp. Compared: the annual energy and the specific yield with the announced figures,
 * within ±15 % (a typical year against a developer's P50 estimate; tilt, module layout and losses of the real farm
 * are unknown).
 */
const weather = parseWeather(
  readFileSync(new URL('../../fixtures/weather/pvgis-tmy_50.811_3.310_2005-2020.csv', import.meta.url), 'utf8'),
);
const sky = prepareSkyYear(weather, { latitude_deg: 50.44, longitude_deg: 3.06 });
const site: Ring = [
  [0, 0],
  [566, 0],
  [566, 566],
  [0, 566],
];

describe('reality check: a 32-ha site near Leforest against the real Leforest farm', () => {
  const layout = layoutFarm(site, [], 50.44, { setback_m: 40, pitch: { kind: 'gcr', gcr: 0.42 } });
  const y = farmYield(sky, weather, layout);

  it('the comparable settings give the real rating: 18.5 MWp within 3 %', () => {
    expect(layout.site_area_m2 / 1e4).toBeCloseTo(32.0, 1);
    expect(Math.abs(layout.kwp / 18_540 - 1)).toBeLessThan(0.03);
  });

  it('the yield lands within ±15 % of the announced 18,329 MWh/yr and 989 kWh/kWp', () => {
    expect(Math.abs(y.annual_kwh / 18_329_000 - 1)).toBeLessThan(0.15);
    // 18,329 MWh / 18,540 kWp = 989 kWh/kWp.
    expect(Math.abs(y.specific_yield_kwh_kwp / 989 - 1)).toBeLessThan(0.15);
  });

  it('the households equivalent of the announced energy is the developer’s 6,110', () => {
    // 18,329,000 kWh / 3,000 kWh = 6,110 (the fixture's household figure is derived from this equivalence).
    expect(farmEconomics(18_540, 18_329_000).households).toBeCloseTo(6110, 0);
  });
});
