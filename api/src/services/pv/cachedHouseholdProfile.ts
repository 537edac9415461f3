import { householdProfile, type Household } from '../../../../engine/economics/index.js';
import type { StoredYear } from '../weather/climate.js';

/*
 * Load profiles depend on the weather (heating degree-hours) and three numbers: kept per key, as a resident moving a
 * slider asks for the same household again and again.
 */
const cache = new Map<string, ReturnType<typeof householdProfile>>();

/** The household's yearly consumption and hourly profile over the stored typical year (engine householdProfile), cached. */
export function cachedHouseholdProfile(year: StoredYear, household: Household) {
  const annual = household.consumption_kwh ?? 'estimated';
  const key = `${year.id}:${year.stamp}:${household.heating}:${household.occupants}:${annual}`;
  let profile = cache.get(key);
  if (!profile) {
    profile = householdProfile(year.year, household);
    if (cache.size >= 256) cache.delete(cache.keys().next().value!);
    cache.set(key, profile);
  }
  return profile;
}
