/**
 * Throw a RangeError naming the argument when `value` is not a finite number within [min, max].
 * Shared by the solar engine's boundaries (sun, sky, irradiance) so every message reads the same.
 * @param name argument name as the caller knows it, e.g. 'surfaceTilt'
 * @example checkRange('surfaceTilt', 200, 0, 180) // throws "surfaceTilt must be within [0, 180], got 200"
 */
export function checkRange(name: string, value: number, min: number, max: number): void {
  if (!(Number.isFinite(value) && value >= min && value <= max)) {
    throw new RangeError(`${name} must be within [${min}, ${max}], got ${value}`);
  }
}

/** Throw a RangeError naming the argument when `value` is not a finite number ≥ `min`. */
export function checkAtLeast(name: string, value: number, min: number): void {
  if (!(Number.isFinite(value) && value >= min)) {
    throw new RangeError(`${name} must be a finite number ≥ ${min}, got ${value}`);
  }
}
