import { defaultConsumption, householdLoad, type Heating } from '../../../../engine/economics/index.js';
import type { StoredYear } from '../weather/climate.js';

export interface Household {
  heating: Heating;
  occupants: number;
  /** Given by the user [kWh/yr], or undefined to estimate it. */
  consumption_kwh?: number;
}

/*
 * Load profiles depend on the weather (heating degree-hours) and three numbers: kept per key, as a resident moving a
 * slider asks for the same household again and again.
 */
const cache = new Map<string, Float64Array>();

/** The household's yearly consumption (given or estimated) and its hourly profile over the typical year [kWh]. */
export function householdProfile(year: StoredYear, household: Household) {
  const estimated = household.consumption_kwh === undefined;
  const annual =
    household.consumption_kwh ?? defaultConsumption({ heating: household.heating, occupants: household.occupants });
  const key = `${year.id}:${year.stamp}:${household.heating}:${household.occupants}:${annual}`;
  let load = cache.get(key);
  if (!load) {
    load = householdLoad({
      annual_kwh: annual,
      heating: household.heating,
      occupants: household.occupants,
      timeUtcMs: year.year.timeUtcMs,
      air_temperature_c: year.year.air_temperature_c,
    });
    if (cache.size >= 256) cache.delete(cache.keys().next().value!);
    cache.set(key, load);
  }
  return { annual_kwh: annual, estimated, load_kwh: load };
}
