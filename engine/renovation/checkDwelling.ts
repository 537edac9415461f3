import type { Dwelling, Element } from '../thermal/types';

function fail(path: string, what: string, got: unknown): never {
  throw new RangeError(`${path} must be ${what}, got ${JSON.stringify(got)}`);
}

function positive(v: unknown, path: string, max: number): void {
  if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0 || v > max) fail(path, `a number within (0, ${max}]`, v);
}

function elements(list: unknown, path: string): void {
  if (!Array.isArray(list)) fail(path, 'an array', list);
  list.forEach((e: Element, i) => {
    if (typeof e !== 'object' || e === null) fail(`${path}[${i}]`, 'an object', e);
    if (typeof e.area_m2 !== 'number' || !Number.isFinite(e.area_m2) || e.area_m2 < 0 || e.area_m2 > 1e5)
      fail(`${path}[${i}].area_m2`, 'a number within [0, 100000]', e.area_m2);
    positive(e.u_w_m2k, `${path}[${i}].u_w_m2k`, 10);
  });
}

/**
 * Checks what the renovation functions read from a dwelling (areas, U-values, systems), naming the bad field.
 * @throws RangeError e.g. "dwelling.walls[1].u_w_m2k must be a number within (0, 10], got -1"
 */
export function checkDwelling(dwelling: Dwelling): void {
  if (typeof dwelling !== 'object' || dwelling === null) fail('dwelling', 'an object', dwelling);
  positive(dwelling.floor_area_m2, 'dwelling.floor_area_m2', 1e5);
  elements(dwelling.walls, 'dwelling.walls');
  elements(dwelling.roof, 'dwelling.roof');
  elements(dwelling.floors, 'dwelling.floors');
  elements(dwelling.windows, 'dwelling.windows');
  if (typeof dwelling.heating !== 'object' || dwelling.heating === null)
    fail('dwelling.heating', 'an object', dwelling.heating);
  positive(dwelling.heating.efficiency, 'dwelling.heating.efficiency', 10);
  if (typeof dwelling.hot_water !== 'object' || dwelling.hot_water === null)
    fail('dwelling.hot_water', 'an object', dwelling.hot_water);
  positive(dwelling.hot_water.efficiency, 'dwelling.hot_water.efficiency', 10);
  if (dwelling.unesco !== undefined && typeof dwelling.unesco !== 'boolean')
    fail('dwelling.unesco', 'a boolean when given', dwelling.unesco);
}
