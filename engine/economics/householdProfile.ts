import { defaultConsumption } from './defaultConsumption';
import { householdLoad } from './householdLoad';
import type { Heating } from './types';

export interface Household {
  heating: Heating;
  occupants: number;
  /** Given by the user [kWh/yr], or undefined to estimate it. */
  consumption_kwh?: number;
}

/** The hourly weather a load profile needs: UTC hour labels [ms] and air temperature [°C]. */
export interface HouseholdWeather {
  timeUtcMs: ArrayLike<number>;
  air_temperature_c: ArrayLike<number>;
}

/**
 * The household's yearly consumption (given or estimated by defaultConsumption) and its hourly profile over the
 * typical year [kWh] (householdLoad).
 *
 * @param weather the typical year's hour labels and air temperature
 * @param household heating, occupants and, when known, the yearly consumption [kWh/yr]
 * @example householdProfile(year, { heating: 'electric', occupants: 3 }).estimated // true
 */
export function householdProfile(weather: HouseholdWeather, household: Household) {
  const estimated = household.consumption_kwh === undefined;
  const annual =
    household.consumption_kwh ?? defaultConsumption({ heating: household.heating, occupants: household.occupants });
  const load = householdLoad({
    annual_kwh: annual,
    heating: household.heating,
    occupants: household.occupants,
    timeUtcMs: weather.timeUtcMs,
    air_temperature_c: weather.air_temperature_c,
  });
  return { annual_kwh: annual, estimated, load_kwh: load };
}
