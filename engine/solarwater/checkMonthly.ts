import { checkRange } from '../geo/checkRange';

/** Days of each month of a non-leap year [d]. */
export const MONTH_DAYS: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Throw a RangeError naming the field unless `values` holds 12 finite monthly values within [min, max].
 * @example checkMonthly('ambient_c', new Array(13).fill(10), -50, 50) // throws "ambient_c must hold 12 monthly values, got 13"
 */
export function checkMonthly(name: string, values: ArrayLike<number>, min: number, max: number): void {
  if (values === null || typeof values !== 'object' || typeof values.length !== 'number') {
    throw new RangeError(`${name} must hold 12 monthly values, got ${String(values)}`);
  }
  if (values.length !== 12) throw new RangeError(`${name} must hold 12 monthly values, got ${values.length}`);
  for (let m = 0; m < 12; m++) checkRange(`${name}[${m}]`, values[m]!, min, max);
}

/** Throw a RangeError naming the field unless `value` is a finite number within (min, max]. */
export function checkAboveAtMost(name: string, value: number, min: number, max: number): void {
  if (!(Number.isFinite(value) && value > min && value <= max)) {
    throw new RangeError(`${name} must be within (${min}, ${max}], got ${value}`);
  }
}
