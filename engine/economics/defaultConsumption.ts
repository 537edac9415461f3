import { consumptionParts, type HouseholdInput } from './consumptionParts';

/**
 * Annual electricity consumption of a French household [kWh/yr] when the user does not know it: the sum of
 * consumptionParts (specific 1,100 + 500/occupant; electric hot water 700/occupant for 'electric' and
 * 'heat_pump'; heating 100 kWh/m² for 'electric', ÷ 2.8 for 'heat_pump'). Sources: ADEME/RTE/Enertech Panel
 * Elecdom, ADEME hot-water use, INSEE household size (see householdDefaults.ts and docs/economics.md).
 * @param input.heating space heating system
 * @param input.occupants persons, within [1, 12]
 * @param input.floor_area_m2 heated floor area [m²], within [10, 1000]; default 90
 * @returns annual consumption [kWh/yr]
 * @throws RangeError naming the invalid field
 * @example defaultConsumption({ heating: 'electric', occupants: 4, floor_area_m2: 100 }) // 3,100 + 2,800 + 10,000 = 15,900
 */
export function defaultConsumption(input: HouseholdInput): number {
  const p = consumptionParts(input);
  return p.specific_kwh + p.hot_water_kwh + p.heating_kwh;
}
