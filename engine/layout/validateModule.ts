import type { ModuleSpec } from './types';

const GLASSES = ['glass_glass', 'glass_polymer'];

function text(value: unknown, name: string): void {
  if (typeof value !== 'string' || value.trim() === '') throw new RangeError(`${name} must be a non-empty string`);
}

function within(value: unknown, name: string, lo: number, hi: number, unit: string): void {
  if (typeof value !== 'number' || !(value >= lo && value <= hi)) {
    throw new RangeError(`${name} must be a number within [${lo}, ${hi}] ${unit}, got ${String(value)}`);
  }
}

/**
 * Checks a module record field by field and throws a RangeError naming the first bad one. Bounds are wide physical
 * limits for crystalline-silicon modules (STC power, frame size, efficiency, γ(Pmax) ≤ 0); `efficiency_pct` must
 * also agree with wp / (length × width) within 0.3 point, which catches a mistyped size or power.
 *
 * @param module the record to check
 * @param name how to name it in messages, e.g. `modules[2]`
 */
export function validateModule(module: unknown, name = 'module'): asserts module is ModuleSpec {
  if (typeof module !== 'object' || module === null) throw new RangeError(`${name} must be an object`);
  const m = module as Record<string, unknown>;
  text(m.id, `${name}.id`);
  text(m.manufacturer, `${name}.manufacturer`);
  text(m.model, `${name}.model`);
  within(m.wp, `${name}.wp`, 50, 1000, '[Wp]');
  within(m.length_m, `${name}.length_m`, 0.3, 3, '[m]');
  within(m.width_m, `${name}.width_m`, 0.3, 2, '[m]');
  if ((m.width_m as number) > (m.length_m as number)) {
    throw new RangeError(`${name}.width_m must not exceed ${name}.length_m, got ${m.width_m} > ${m.length_m}`);
  }
  within(m.efficiency_pct, `${name}.efficiency_pct`, 5, 30, '[%]');
  const implied = (m.wp as number) / ((m.length_m as number) * (m.width_m as number)) / 10;
  if (Math.abs(implied - (m.efficiency_pct as number)) > 0.3) {
    throw new RangeError(
      `${name}.efficiency_pct must match wp / (length_m × width_m) = ${implied.toFixed(2)} % within 0.3, got ${m.efficiency_pct}`,
    );
  }
  within(m.gamma_pdc_pct_per_c, `${name}.gamma_pdc_pct_per_c`, -1, 0, '[%/°C]');
  if (!GLASSES.includes(m.glass as string)) {
    throw new RangeError(`${name}.glass must be one of ${GLASSES.join(', ')}, got ${String(m.glass)}`);
  }
  if (m.default !== undefined && typeof m.default !== 'boolean') {
    throw new RangeError(`${name}.default must be a boolean when present`);
  }
  const source = m.source as Record<string, unknown> | undefined;
  if (typeof source !== 'object' || source === null) throw new RangeError(`${name}.source must be an object`);
  text(source.title, `${name}.source.title`);
  if (typeof source.url !== 'string' || !/^https?:\/\/\S+$/.test(source.url)) {
    throw new RangeError(`${name}.source.url must be an http(s) URL, got ${String(source.url)}`);
  }
  if (typeof source.date !== 'string' || !/^\d{4}(-\d{2}){0,2}$/.test(source.date)) {
    throw new RangeError(`${name}.source.date must be YYYY, YYYY-MM or YYYY-MM-DD, got ${String(source.date)}`);
  }
  if (m.assumptions !== undefined) {
    if (!Array.isArray(m.assumptions)) throw new RangeError(`${name}.assumptions must be an array of strings`);
    m.assumptions.forEach((a, i) => text(a, `${name}.assumptions[${i}]`));
  }
}
