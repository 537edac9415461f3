/**
 * Bounds of a home battery as a request may give it, checked by simulateBattery and by the API before any work.
 * Residential units sell from about 3 to 15 kWh usable (fixtures/storage/SOURCE.md); 30 kWh leaves room for two
 * large stacked units and refuses a typing error such as 1,000 kWh. 15 kW is well above the 5 kW continuous power
 * of the common units and below a 36 kVA residential connection.
 */
export const BATTERY_LIMITS = {
  /** Usable capacity, exclusive lower bound and inclusive upper bound [kWh] */
  usable_kwh: { min_exclusive: 0, max: 30 },
  /** AC charge/discharge power limit [kW] */
  power_kw: { min_exclusive: 0, max: 15 },
  /** Round-trip efficiency, AC to AC [-] */
  round_trip_efficiency: { min_exclusive: 0, max: 1 },
} as const;

/** Throw a RangeError naming `name` unless `value` is a finite number within (min, max]. */
export function checkOpenClosed(name: string, value: number, min: number, max: number): void {
  if (!(Number.isFinite(value) && value > min && value <= max)) {
    throw new RangeError(`${name} must be within (${min}, ${max}], got ${value}`);
  }
}

/** A battery as a request gives it. */
export interface BatteryRequest {
  /** Usable capacity when new [kWh] */
  usable_kwh: number;
  /** Charge and discharge power limit on the AC side [kW] */
  power_kw: number;
  /** Round-trip efficiency, AC in to AC out [-] */
  round_trip_efficiency: number;
}

/**
 * Check a requested battery against BATTERY_LIMITS.
 * @throws RangeError naming the field, e.g. "usable_kwh must be within (0, 30], got 1000"
 */
export function checkBattery(b: BatteryRequest): void {
  if (typeof b !== 'object' || b === null) throw new RangeError('battery must be an object');
  for (const key of ['usable_kwh', 'power_kw', 'round_trip_efficiency'] as const) {
    const lim = BATTERY_LIMITS[key];
    checkOpenClosed(key, b[key], lim.min_exclusive, lim.max);
  }
}
