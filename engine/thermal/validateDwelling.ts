import type { Dwelling, Element, WindowGroup } from './types';

const VENTILATIONS = new Set(['natural', 'vmc_simple', 'vmc_hygro_b', 'double_flow']);
const MASSES = new Set(['very_light', 'light', 'medium', 'heavy', 'very_heavy']);

function check(name: string, value: unknown, min: number, max = Infinity): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    const range = max === Infinity ? `≥ ${min}` : `within [${min}, ${max}]`;
    throw new RangeError(`${name} must be a finite number ${range}, got ${String(value)}`);
  }
}

function checkElement(name: string, e: Element): void {
  check(`${name}.area_m2`, e.area_m2, 0);
  check(`${name}.u_w_m2k`, e.u_w_m2k, 0, 10);
  if (e.b !== undefined) check(`${name}.b`, e.b, 0, 1);
  if (e.azimuth_deg !== undefined && e.azimuth_deg !== null) check(`${name}.azimuth_deg`, e.azimuth_deg, 0, 360);
}

function checkWindow(name: string, w: WindowGroup): void {
  checkElement(name, w);
  check(`${name}.azimuth_deg`, w.azimuth_deg, 0, 360);
  check(`${name}.g_value`, w.g_value, 0, 1);
  if (w.frame_fraction !== undefined) check(`${name}.frame_fraction`, w.frame_fraction, 0, 1);
  const s = w.shading_factor;
  if (typeof s === 'number') check(`${name}.shading_factor`, s, 0, 1);
  else if (s !== undefined) {
    if (!Array.isArray(s) || s.length !== 12) throw new RangeError(`${name}.shading_factor must hold 12 values`);
    s.forEach((v, m) => check(`${name}.shading_factor[${m}]`, v, 0, 1));
  }
}

/**
 * Check a dwelling before the heat balance; throws a RangeError naming the first bad field (e.g.
 * "walls[0].u_w_m2k must be a finite number within [0, 10], got -1").
 * @param d the dwelling (engine/thermal/types.ts)
 */
export function validateDwelling(d: Dwelling): void {
  check('floor_area_m2', d.floor_area_m2, Number.MIN_VALUE);
  if (d.floor_area_m2 <= 0) throw new RangeError(`floor_area_m2 must be > 0, got ${d.floor_area_m2}`);
  if (d.volume_m3 !== undefined) check('volume_m3', d.volume_m3, Number.MIN_VALUE);
  for (const key of ['walls', 'roof', 'floors'] as const) {
    if (!Array.isArray(d[key])) throw new RangeError(`${key} must be an array`);
    d[key].forEach((e, i) => checkElement(`${key}[${i}]`, e));
  }
  if (!Array.isArray(d.windows)) throw new RangeError('windows must be an array');
  d.windows.forEach((w, i) => checkWindow(`windows[${i}]`, w));
  if (d.thermal_bridges_w_k !== undefined) check('thermal_bridges_w_k', d.thermal_bridges_w_k, 0);
  if (!VENTILATIONS.has(d.ventilation)) throw new RangeError(`ventilation is unknown: ${String(d.ventilation)}`);
  check('infiltration_ach', d.infiltration_ach, 0, 10);
  if (!MASSES.has(d.thermal_mass)) throw new RangeError(`thermal_mass is unknown: ${String(d.thermal_mass)}`);
  check('heating.efficiency', d.heating?.efficiency, 0.05, 10);
  check('hot_water.efficiency', d.hot_water?.efficiency, 0.05, 10);
  if (d.occupants !== undefined) check('occupants', d.occupants, 0);
  if (d.year_built !== undefined && d.year_built !== null) check('year_built', d.year_built, 1700, 2100);
}
