/** Default number of azimuth sectors (5° each). */
export const DEFAULT_SECTORS = 72;
/** Default distance beyond which buildings are ignored [m]: a 10 m house 300 m away rises less than 2°. */
export const DEFAULT_MAX_DISTANCE_M = 300;

/**
 * Checks a finite non-negative distance option, with its default.
 *
 * @param value the option as given
 * @param fallback default [m]
 * @param name option name for the message
 * @throws RangeError naming the option
 */
export function resolveDistance(value: number | undefined, fallback: number, name: string): number {
  const v = value ?? fallback;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
    throw new RangeError(`${name} must be a finite number ≥ 0 [m], got ${v}`);
  }
  return v;
}
