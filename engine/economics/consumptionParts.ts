import { HOUSEHOLD_DEFAULTS as D } from './householdDefaults';
import { HEATING_VALUES, type Heating } from './types';

/** A household's yearly electricity by use [kWh/yr]. */
export interface ConsumptionParts {
  /** Appliances, lighting, cooking, IT */
  specific_kwh: number;
  /** Electric hot-water tank (0 for 'gas' and 'other') */
  hot_water_kwh: number;
  /** Electric space heating (0 for 'gas' and 'other') */
  heating_kwh: number;
}

/** Household description shared by defaultConsumption and householdLoad. */
export interface HouseholdInput {
  heating: Heating;
  /** Persons living in the dwelling, within [1, 12] (fractions allowed for averages) */
  occupants: number;
  /** Heated floor area [m²], within [10, 1000]; default 90 m² */
  floor_area_m2?: number;
}

/** Throws a RangeError naming the bad field of a HouseholdInput. */
export function checkHousehold(input: HouseholdInput): void {
  if (!HEATING_VALUES.includes(input.heating)) {
    throw new RangeError(`heating must be one of ${HEATING_VALUES.join(', ')}, got ${JSON.stringify(input.heating)}`);
  }
  const n = input.occupants;
  if (!(Number.isFinite(n) && n >= 1 && n <= 12)) throw new RangeError(`occupants must be within [1, 12], got ${n}`);
  const a = input.floor_area_m2;
  if (a !== undefined && !(Number.isFinite(a) && a >= 10 && a <= 1000)) {
    throw new RangeError(`floor_area_m2 must be within [10, 1000], got ${a}`);
  }
}

/**
 * Yearly electricity by use [kWh/yr] (coefficients and sources in householdDefaults.ts):
 *   specific  = 1,100 + 500 × occupants
 *   hot water = 700 × occupants                        ('electric', 'heat_pump'; else 0)
 *   heating   = 100 × floor_area_m2                    ('electric')
 *             = 100 × floor_area_m2 / SCOP (2.8)       ('heat_pump'); 0 otherwise
 * @example consumptionParts({ heating: 'gas', occupants: 2 }) // { specific_kwh: 2100, hot_water_kwh: 0, heating_kwh: 0 }
 */
export function consumptionParts(input: HouseholdInput): ConsumptionParts {
  checkHousehold(input);
  const { heating, occupants } = input;
  const area = input.floor_area_m2 ?? D.default_floor_area_m2;
  const electricHome = heating === 'electric' || heating === 'heat_pump';
  const heat = D.electric_heating_kwh_m2_yr * area;
  return {
    specific_kwh: D.specific_fixed_kwh_yr + D.specific_per_occupant_kwh_yr * occupants,
    hot_water_kwh: electricHome ? D.hot_water_kwh_per_occupant_yr * occupants : 0,
    heating_kwh: heating === 'electric' ? heat : heating === 'heat_pump' ? heat / D.heat_pump_scop : 0,
  };
}
